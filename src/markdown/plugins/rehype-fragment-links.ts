/**
 * Sanitizing prefixes ids with `user-content-` (so a post cannot clobber the page's
 * own ids); this points `#fragment` links, such as footnote references, at the
 * prefixed id when only that one exists.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const prefix = 'user-content-';

export default function rehypeFragmentLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    const links: Element[] = [];
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
      const href = node.properties.href;
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) links.push(node);
    });
    for (const link of links) {
      const id = decodeURIComponent(String(link.properties.href).slice(1));
      if (!ids.has(id) && ids.has(prefix + id)) link.properties.href = `#${prefix}${id}`;
    }
  };
}
