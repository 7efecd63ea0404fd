/**
 * For HTML read away from its page (feed content): a feed reader resolves `#fragment`
 * against the feed's URL, so footnote and heading links are written as the page's
 * absolute URL plus the fragment.
 */
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface AbsoluteFragmentsOptions {
  /** The absolute URL of the page the HTML belongs to. */
  pageUrl: string;
}

export default function rehypeAbsoluteFragments({ pageUrl }: AbsoluteFragmentsOptions) {
  const page = pageUrl.replace(/#.*$/, '');
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      const href = node.properties.href;
      if (typeof href === 'string' && href.startsWith('#')) node.properties.href = page + href;
    });
  };
}
