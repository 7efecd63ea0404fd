/**
 * What search reads in a post's text (`search/text/<id>.json`, content/search-text.ts):
 * whether a quoted phrase is there with its words adjacent and in order (the index keeps
 * no positions), and the excerpt a result shows around the words it matched.
 */
import { fold } from '../lib/fold.ts';
import { term, words } from '../lib/search-terms.ts';

/** The words a result matched, for marking: index terms and the prefix being typed. */
export interface Marks {
  terms: string[];
  prefixes: string[];
}

/** A phrase's words, folded; the last one a prefix while it is being typed. */
export interface Phrase {
  words: string[];
  prefix: boolean;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const foldWord = (w: string) => fold(w).replace(/['’]/g, '');

/** The quoted phrases of a query (two words or more: one word has no order); an unclosed quote runs to the end. */
export function parsePhrases(q: string): Phrase[] {
  const phrases: Phrase[] = [];
  for (const m of q.matchAll(/["“”]([^"“”]*)(["“”]|$)/g)) {
    const typed = words(m[1]!);
    if (typed.length < 2) continue;
    phrases.push({ words: typed, prefix: m[2] === '' && !/\s$/.test(q) });
  }
  return phrases;
}

/** Whether a text has the phrase's words one after another, compared as index terms (so stemmed). */
export function hasPhrase(text: string, phrase: Phrase): boolean {
  const found = words(text);
  const want = phrase.words.map(term);
  const last = want.length - 1;
  for (let i = 0; i + last < found.length; i++) {
    let j = 0;
    while (
      j <= last &&
      (term(found[i + j]!) === want[j] || (phrase.prefix && j === last && found[i + j]!.startsWith(phrase.words[j]!)))
    )
      j++;
    if (j > last) return true;
  }
  return false;
}

/** Whether a word as written is one the query matched. */
export function marker(marks: Marks): (written: string) => boolean {
  const terms = new Set(marks.terms);
  return (written) => {
    const word = foldWord(written);
    return terms.has(term(word)) || marks.prefixes.some((p) => word.startsWith(p));
  };
}

/** Characters an excerpt aims for, and how many of them come before its first match. */
const excerptLength = 200;
const lead = 60;

/**
 * The passage that matches best (a phrase first, then the most different matched words,
 * then the earliest), cut around its first match at word boundaries; undefined when no
 * passage has a matched word.
 */
export function excerpt(passages: readonly string[], marks: Marks, phrases: readonly Phrase[]): string | undefined {
  const isMarked = marker(marks);
  let best: { text: string; at: number; score: number } | undefined;
  for (const text of passages) {
    const matched = [...text.matchAll(wordPattern)].filter((m) => isMarked(m[0]));
    if (!matched.length) continue;
    const score = (phrases.some((p) => hasPhrase(text, p)) ? 1000 : 0) + new Set(matched.map((m) => term(foldWord(m[0])))).size;
    if (!best || score > best.score) best = { text, at: matched[0]!.index, score };
  }
  if (!best) return undefined;
  const { text, at } = best;
  if (text.length <= excerptLength) return text;
  let start = Math.max(0, Math.min(at - lead, text.length - excerptLength));
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = start + excerptLength;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}
