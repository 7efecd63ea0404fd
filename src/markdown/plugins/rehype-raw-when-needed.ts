/**
 * Parses raw HTML written in a post into elements (to be sanitized next), loading
 * the HTML parser only for posts that have raw HTML: most posts never pay for it.
 */
import type { Element, Root } from 'hast';
import { visit, EXIT } from 'unist-util-visit';
import { limitDepth } from '../limit-depth.ts';

export default function rehypeRawWhenNeeded() {
  return async (tree: Root): Promise<Root> => {
    let found = false;
    visit(tree, 'raw', () => {
      found = true;
      return EXIT;
    });
    if (!found) return tree;
    const { raw } = await import('hast-util-raw');
    visit(tree, 'element', keepLeadingNewline);
    try {
      // Raw HTML can nest as deeply as it likes: bound it before the recursive steps that follow.
      return limitDepth(raw(tree) as Root);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      // Too deep to even parse: leave the raw HTML unparsed, and sanitizing drops it.
      return tree;
    }
  };
}

/**
 * The HTML parser drops a newline right after `<pre>` (even inside its `<code>`), which
 * would take a code block's first, blank line: give it one to drop.
 */
function keepLeadingNewline(node: Element) {
  if (node.tagName !== 'pre') return;
  const code = node.children[0];
  const first = code?.type === 'element' && code.tagName === 'code' ? code.children[0] : code;
  if (first?.type === 'text' && first.value.startsWith('\n')) first.value = `\n${first.value}`;
}
