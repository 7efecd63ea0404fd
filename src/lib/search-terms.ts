/**
 * The words of search: the build indexes a post's text and the browser reads a query
 * with these same functions, so both sides agree on every term. Case and accents are
 * folded ("Crème" → "creme"), English words are stemmed (Porter: "running" → "run"),
 * and the commonest English words are left out.
 */
import { stemmer } from 'stemmer';
import { fold } from './fold.ts';

const stopWords = new Set(
  (
    'a an and are as at be but by for from has have he her his i if in into is it its me my no not of on or our she so ' +
    'than that the their them then there these they this to was we were what when which who will with you your'
  ).split(' '),
);

/** Folded words of a text, in order (stop words included: a phrase needs them). */
export function words(text: string): string[] {
  return (
    fold(text)
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)
      ?.map((w) => w.replace(/['’]/g, '')) ?? []
  );
}

export const isStopWord = (word: string) => stopWords.has(word);

/** Stems already made: a blog repeats its words, and stemming is most of the cost of indexing. */
const stems = new Map<string, string>();

/** A folded word → its index term (stemmed when it is Latin letters only). */
export function term(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = /^[a-z]+$/.test(word) && word.length > 2 ? stemmer(word) : word;
    if (stems.size > 100_000) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}

/** A text → its index terms, in order, stop words and one-letter words left out. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => w.length > 1 && !stopWords.has(w) && w.length <= 40)
    .map(term);
}

/**
 * The shard a term's postings are in: its first two characters, or a longer prefix when
 * the build split a large shard (`keys` lists every shard, longest match wins).
 */
export function shardOf(word: string, keys: ReadonlySet<string>): string | undefined {
  for (let n = Math.min(word.length, 4); n >= 1; n--) {
    const key = [...word].slice(0, n).join('');
    if (keys.has(key)) return key;
  }
  return undefined;
}

/** A shard key as a file name: ASCII as it is, anything else percent-encoded. */
export const shardFileName = (key: string) => encodeURIComponent(key).replace(/%/g, '_');

/**
 * The search index's files under `data/<data id>/` (beside `dataPaths`, but here so that
 * only the search code carries them).
 */
export const searchPaths = {
  meta: () => 'search/meta.json',
  shard: (key: string) => `search/terms/${shardFileName(key)}.json`,
  docs: (chunk: number) => `search/docs/${chunk}.json`,
  text: (id: number) => `search/text/${id}.json`,
  tag: (slug: string) => `search/tags/${slug}.json`,
  series: (slug: string) => `search/series/${slug}.json`,
};
