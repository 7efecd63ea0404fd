/** Fields derived from a post's Markdown: summary, word count, reading time. */
import type { Nodes, Root } from 'mdast';

const moreMarker = /^<!--\s*more\s*-->$/i;
const wordsPerMinute = 230;
const summaryLimit = 280;

/** Inline nodes join as they stand; blocks, list items, cells and line breaks are separated. */
const inline = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

/** Plain text of Markdown nodes: no syntax, no HTML tags or comments, no front matter. */
function plainText(nodes: readonly Nodes[], separator = ' '): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
        case 'code':
          return node.value;
        case 'image':
        case 'imageReference':
          return node.alt ?? '';
        case 'break':
          return ' ';
        case 'html':
        case 'yaml':
        case 'definition':
          return '';
        default:
          return 'children' in node ? plainText(node.children as Nodes[], inline.has(node.type) ? '' : ' ') : '';
      }
    })
    .join(separator);
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

function shorten(text: string): string {
  if (text.length <= summaryLimit) return text;
  const cut = text.slice(0, summaryLimit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), summaryLimit / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

const isMarker = (node: Nodes) => node.type === 'html' && moreMarker.test(node.value.trim());

/**
 * The text before `<!-- more -->` (at the top level or inside a paragraph), else the
 * first paragraph, as plain text. Code blocks are left out of a summary.
 */
export function deriveSummary(tree: Root): string {
  const blocks = tree.children.filter((node) => node.type !== 'code');
  for (const [i, node] of blocks.entries()) {
    if (isMarker(node)) return clean(plainText(blocks.slice(0, i)));
    if (node.type === 'paragraph') {
      const at = node.children.findIndex(isMarker);
      if (at !== -1) return clean(`${plainText(blocks.slice(0, i))} ${plainText(node.children.slice(0, at), '')}`);
    }
  }
  const first = tree.children.find((node) => node.type === 'paragraph');
  return shorten(first ? clean(plainText([first])) : '');
}

/** The plain text of a snippet of Markdown or HTML (a summary another generator allowed HTML in). */
export function markdownText(tree: Root): string {
  return clean(plainText(tree.children));
}

export function countWords(tree: Root): number {
  return plainText(tree.children).match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
