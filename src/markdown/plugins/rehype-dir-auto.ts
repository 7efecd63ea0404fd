/**
 * Blocks of text take their direction from their own text (`dir="auto"`), so right-to-left
 * paragraphs read right to left in a left-to-right page; a `dir` the author wrote stays.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

const textBlocks = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'td', 'th', 'dt', 'dd']);

export default function rehypeDirAuto() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      // An author's own dir wins.
      if (textBlocks.has(node.tagName)) node.properties = { dir: 'auto', ...node.properties };
    });
  };
}
