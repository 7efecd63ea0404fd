/**
 * Parses raw HTML written in a post into elements (to be sanitized next), loading
 * the HTML parser only for posts that have raw HTML: most posts never pay for it.
 */
import type { Root } from 'hast';
import { visit, EXIT } from 'unist-util-visit';

export default function rehypeRawWhenNeeded() {
  return async (tree: Root): Promise<Root> => {
    let found = false;
    visit(tree, 'raw', () => {
      found = true;
      return EXIT;
    });
    if (!found) return tree;
    const { raw } = await import('hast-util-raw');
    return raw(tree) as Root;
  };
}
