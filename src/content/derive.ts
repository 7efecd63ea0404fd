/** Fields derived from a post's Markdown: summary, word count, reading time. */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

const moreMarker = /^<!--\s*more\s*-->$/i;
const wordsPerMinute = 230;
const summaryLimit = 280;

const plain = (nodes: RootContent[]) =>
  nodes
    .filter((node) => node.type !== 'yaml' && node.type !== 'html' && node.type !== 'code')
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

function shorten(text: string): string {
  if (text.length <= summaryLimit) return text;
  const cut = text.slice(0, summaryLimit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), summaryLimit / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/** The text before `<!-- more -->`, else the first paragraph, as plain text. */
export function deriveSummary(tree: Root): string {
  const marker = tree.children.findIndex((node) => node.type === 'html' && moreMarker.test(node.value.trim()));
  if (marker !== -1) return plain(tree.children.slice(0, marker));
  const first = tree.children.find((node) => node.type === 'paragraph');
  return shorten(first ? plain([first]) : '');
}

export function countWords(tree: Root): number {
  const text = tree.children
    .filter((node) => node.type !== 'yaml' && node.type !== 'html')
    .map((node) => toString(node))
    .join(' ');
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu)?.length ?? 0;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / wordsPerMinute));
}
