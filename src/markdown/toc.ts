/** The table of contents of a rendered post: its h2 and h3 headings. */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

const isAnchor = (node: Element['children'][number]) =>
  node.type === 'element' && node.properties.className?.includes('heading-anchor');

export function tableOfContents(tree: Root): TocEntry[] {
  const entries: TocEntry[] = [];
  visit(tree, 'element', (node) => {
    const id = node.properties.id;
    // The footnotes' own heading is for screen readers only.
    const hidden = node.properties.className?.includes('sr-only');
    if ((node.tagName !== 'h2' && node.tagName !== 'h3') || typeof id !== 'string' || hidden) return;
    const text = node.children
      .filter((child) => !isAnchor(child))
      .map((child) => toString(child))
      .join('')
      .trim();
    entries.push({ id, text, depth: node.tagName === 'h2' ? 2 : 3 });
  });
  return entries;
}
