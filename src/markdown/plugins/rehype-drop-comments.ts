/** Drops HTML comments (such as the `<!-- more -->` marker) before raw HTML is parsed. */
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

const comment = /^\s*<!--[\s\S]*?-->\s*$/;

export default function rehypeDropComments() {
  return (tree: Root) => {
    visit(tree, 'raw', (node, index, parent) => {
      if (parent && index !== undefined && comment.test(node.value)) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
    });
  };
}
