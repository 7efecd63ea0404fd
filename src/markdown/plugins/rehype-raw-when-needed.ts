/**
 * Parses raw HTML written in a post into elements (to be sanitized next), loading
 * the HTML parser only for posts that have raw HTML: most posts never pay for it.
 */
import type { Root } from 'hast';
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
