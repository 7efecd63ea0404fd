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
  node.type === 'element' && (node.properties.className as string[] | undefined)?.includes('heading-anchor');

export function tableOfContents(tree: Root): TocEntry[] {
  const entries: TocEntry[] = [];
  visit(tree, 'element', (node) => {
    if ((node.tagName !== 'h2' && node.tagName !== 'h3') || typeof node.properties.id !== 'string') return;
    const text = node.children
      .filter((child) => !isAnchor(child))
      .map((child) => toString(child))
      .join('')
      .trim();
    entries.push({ id: node.properties.id, text, depth: node.tagName === 'h2' ? 2 : 3 });
  });
  return entries;
}
