/**
 * A post's searchable text, derived from the tree the analysis already parsed (no second
 * parse) and cached with the analysis, so a rebuild re-derives only the posts that changed.
 * Kept as each term's weight in the post: fields weigh differently (a word of the title far
 * more than one of the body; code least) and repeats within a field saturate (BM25's tf
 * curve), so the index only adds up weights × rarity at query time.
 */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { terms } from '../lib/search-terms.ts';

export const fieldWeights = { title: 10, headings: 4, tags: 4, summary: 2, body: 1, code: 0.3 } as const;
export type Field = keyof typeof fieldWeights;

/**
 * Each term with its weight in the post × 10, as an integer: `"omega 100 schedul 40"`
 * (terms have no spaces). One string, not an object keyed by term: a rebuild reads every
 * post's terms from the build's cache, and strings parse several times faster
 * (docs/decisions/0028-search-terms-as-one-string.md).
 */
export type SearchTerms = string;

/** Calls `take` with each term of a post and its weight. */
export function forEachSearchTerm(terms: SearchTerms, take: (term: string, weight: number) => void): void {
  if (!terms) return;
  const parts = terms.split(' ');
  for (let i = 0; i < parts.length; i += 2) take(parts[i]!, Number(parts[i + 1]));
}

/** A post's terms by term, for looking one up. */
export function searchTermWeights(terms: SearchTerms): Map<string, number> {
  const weights = new Map<string, number>();
  forEachSearchTerm(terms, (term, weight) => weights.set(term, weight));
  return weights;
}

/** BM25's term-frequency curve (k1 = 1.2): 1 for one occurrence, never above 2.2. */
const saturate = (count: number) => (count * 2.2) / (count + 1.2);

export interface SearchFields {
  title: string;
  summary: string;
  tags: string[];
  series?: string;
}

/** Visits the tree's nodes that hold text, skipping raw HTML, front matter and definitions; `take` returns true for a node it used whole. */
function walkText(node: Nodes, take: (node: Nodes) => boolean): void {
  if (node.type === 'html' || node.type === 'yaml' || node.type === 'definition' || take(node)) return;
  if ('children' in node) for (const child of node.children) walkText(child, take);
}

/** The text of each field: headings, code blocks and the rest of the body apart. */
export function fieldTexts(tree: Root, { title, summary, tags, series }: SearchFields): Record<Field, string[]> {
  const fields: Record<Field, string[]> = {
    title: [title],
    headings: [],
    tags: [...tags, ...(series ? [series] : [])],
    summary: [summary],
    body: [],
    code: [],
  };
  walkText(tree, (node) => {
    switch (node.type) {
      case 'heading':
        fields.headings.push(toString(node));
        return true;
      case 'code':
        fields.code.push(node.value);
        return true;
      case 'text':
      case 'inlineCode':
        fields.body.push(node.value);
        return true;
      case 'image':
        fields.body.push(node.alt ?? '');
        return true;
      default:
        return false;
    }
  });
  return fields;
}

/**
 * The post's text as the excerpts and phrase checks read it (`search/text/<id>.json`): one
 * passage per heading, paragraph, list item, table cell or code block, in order, so an
 * excerpt never runs across two of them.
 */
export function searchPassages(tree: Root): string[] {
  const passages: string[] = [];
  walkText(tree, (node) => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell':
        passages.push(toString(node));
        return true;
      case 'code':
        passages.push(node.value);
        return true;
      default:
        return false;
    }
  });
  return passages.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export function searchTerms(tree: Root, fields: SearchFields): SearchTerms {
  const weights = new Map<string, number>();
  for (const [field, texts] of Object.entries(fieldTexts(tree, fields)) as [Field, string[]][]) {
    const counts = new Map<string, number>();
    for (const text of texts) for (const t of terms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, count] of counts) weights.set(t, (weights.get(t) ?? 0) + fieldWeights[field] * saturate(count));
  }
  return [...weights].map(([t, w]) => `${t} ${Math.max(1, Math.round(w * 10))}`).join(' ');
}
