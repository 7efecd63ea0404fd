/**
 * Search in the browser, over the index the build split into files (content/search-index.ts,
 * docs/decisions/0016-sharded-search-index.md): reads the shards of the query's words only, scores the posts
 * (each term's weight in a post × its rarity), and reads the doc-table chunks and the text
 * of only the results asked for (and, for a quoted phrase, of the posts checked for it). Loaded with the search code, never by other pages.
 */
import { queryOptions } from '@tanstack/react-query';
import { isStopWord, searchPaths, shardOf, term, words } from '../lib/search-terms.ts';
import type { SearchDoc, SearchDocs, SearchFacet, SearchMeta, SearchShard, SearchText } from '../schema/manifest.ts';
import { excerpt, hasPhrase, marker, parsePhrases, type Marks } from './search-excerpt.ts';
import type { Services } from './services.ts';
import { isNotFound } from './errors.ts';

export interface SearchWord {
  /** As typed, folded. */
  word: string;
  /** Its index term (stemmed). */
  term: string;
  /** The last word while it is being typed: terms starting with it match too. */
  prefix: boolean;
}

/** A query's words. The last one is a prefix unless the query ends in a space or a quote. */
export function parseQuery(q: string): SearchWord[] {
  const typed = words(q);
  const open = !/[\s"'”)]$/.test(q);
  const out: SearchWord[] = [];
  typed.forEach((word, i) => {
    const prefix = open && i === typed.length - 1;
    // A stop word is not in the index; while typed it may be the start of a word that is.
    if (!prefix && (word.length < 2 || isStopWord(word))) return;
    out.push({ word, term: term(word), prefix });
  });
  return out;
}

/** Edit distance at most one (one letter changed, added or dropped). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Bytes of shards a prefix of a word being typed may read, beyond the shard of the word itself. */
const prefixBudget = 300_000;
/** Words of at least this length find terms one edit away when they have no exact match. */
const typoLength = 5;

export interface Scored {
  doc: number;
  score: number;
}

/** For each word of the query, the index terms it matched with how well, read from its shards. */
export interface WordMatches {
  word: SearchWord;
  /** term → factor (1 exact, less for a prefix or a typo). */
  terms: Map<string, number>;
}

/** The shard keys a word needs: its own, and for a prefix the shards of the terms it may start (within a byte budget). */
export function shardsFor(word: SearchWord, meta: SearchMeta): string[] {
  const keys = new Set(Object.keys(meta.shards));
  const own = [shardOf(word.term, keys), shardOf(word.word, keys)];
  const found = new Set(own.filter((k): k is string => k !== undefined));
  if (word.prefix) {
    let budget = prefixBudget;
    const longer = [...keys]
      .filter((k) => k.startsWith(word.word) && !found.has(k))
      .sort((a, b) => meta.shards[a]! - meta.shards[b]!);
    for (const k of longer) {
      if ((budget -= meta.shards[k]!) < 0) break;
      found.add(k);
    }
  }
  return [...found];
}

/** The terms a word matches in the shards read for it. */
export function matchWord(word: SearchWord, shards: SearchShard[]): WordMatches {
  const terms = new Map<string, number>();
  const add = (t: string, factor: number) => terms.set(t, Math.max(terms.get(t) ?? 0, factor));
  for (const shard of shards) {
    if (word.term in shard) add(word.term, 1);
    if (word.prefix) for (const t of Object.keys(shard)) if (t !== word.term && t.startsWith(word.word)) add(t, 0.8);
  }
  if (!terms.size && !word.prefix && word.word.length >= typoLength) {
    for (const shard of shards) for (const t of Object.keys(shard)) if (withinOneEdit(t, word.term)) add(t, 0.6);
  }
  return { word, terms };
}

/** Posts that match every word, best first (ties: the higher id, a newer post on a fresh numbering). */
export function score(matches: WordMatches[], shards: Map<string, SearchShard>, docs: number): Scored[] {
  const merged = new Map<string, SearchShard[string]>();
  for (const shard of shards.values()) for (const [t, postings] of Object.entries(shard)) merged.set(t, postings);
  let totals: Map<number, number> | undefined;
  for (const { terms } of matches) {
    const best = new Map<number, number>();
    for (const [t, factor] of terms) {
      const postings = merged.get(t) ?? [];
      const df = postings.length / 2;
      // BM25's inverse document frequency: a word in few posts counts for more.
      const idf = Math.log(1 + (docs - df + 0.5) / (df + 0.5));
      let doc = 0;
      for (let i = 0; i < postings.length; i += 2) {
        doc += postings[i]!;
        const s = (postings[i + 1]! / 10) * idf * factor;
        if (s > (best.get(doc) ?? 0)) best.set(doc, s);
      }
    }
    if (!totals) totals = best;
    else {
      const next = new Map<number, number>();
      for (const [doc, s] of best) if (totals.has(doc)) next.set(doc, totals.get(doc)! + s);
      totals = next;
    }
  }
  return [...(totals ?? [])].map(([doc, s]) => ({ doc, score: s })).sort((a, b) => b.score - a.score || b.doc - a.doc);
}

export interface SearchParams {
  q: string;
  tag?: string;
  series?: string;
}

export interface SearchResult {
  doc: SearchDoc;
  /** The post's search id. */
  number: number;
  /** The passage of its text around the matched words, when the body has them. */
  excerpt?: string;
}

export interface SearchAnswer {
  total: number;
  /** A phrase was checked in some of the posts only: there may be more than `total`. */
  atLeast: boolean;
  results: SearchResult[];
  /** The terms and typed prefixes the results matched, for marking them. */
  marks: Marks;
}

type S = Pick<Services, 'source' | 'queryClient'>;

/** Each index file is read once per tab. */
const file = <T>(s: S, path: string) =>
  s.queryClient.fetchQuery(
    queryOptions({ queryKey: ['search-file', path], queryFn: () => s.source.json<T>(path), staleTime: Infinity }),
  );

const facet = (s: S, path: string) =>
  file<SearchFacet>(s, path).catch((error: unknown) => {
    if (isNotFound(error)) return [] as SearchFacet;
    throw error;
  });

/** Posts whose text a phrase query reads, per result asked for, before it says "at least". */
const phraseChecks = 3;

export async function search(s: S, { q, tag, series }: SearchParams, limit: number): Promise<SearchAnswer> {
  const query = parseQuery(q);
  const empty: SearchAnswer = { total: 0, atLeast: false, results: [], marks: { terms: [], prefixes: [] } };
  if (!query.length) return empty;
  const meta = await file<SearchMeta>(s, searchPaths.meta());
  const keys = [...new Set(query.flatMap((w) => shardsFor(w, meta)))];
  const [loaded, tagged, inSeries] = await Promise.all([
    Promise.all(keys.map(async (k) => [k, await file<SearchShard>(s, searchPaths.shard(k))] as const)),
    tag ? facet(s, searchPaths.tag(tag)) : undefined,
    series ? facet(s, searchPaths.series(series)) : undefined,
  ]);
  const shards = new Map(loaded);
  const matches = query.map((w) =>
    matchWord(
      w,
      shardsFor(w, meta).map((k) => shards.get(k)!),
    ),
  );
  let ranked = score(matches, shards, meta.docs);
  for (const allowed of [tagged, inSeries]) {
    if (!allowed) continue;
    const set = new Set(allowed);
    ranked = ranked.filter((r) => set.has(r.doc));
  }
  const doc = async (id: number) => (await file<SearchDocs>(s, searchPaths.docs(Math.floor(id / meta.chunk))))[id % meta.chunk]!;
  const text = (id: number) => file<SearchText>(s, searchPaths.text(id));
  const phrases = parsePhrases(q);
  let shown = ranked.slice(0, limit);
  let total = ranked.length;
  let checked = ranked.length;
  if (phrases.length) {
    // The index has no positions: a phrase is looked for in the text of the best posts, a page at a time.
    const kept: Scored[] = [];
    for (checked = 0; kept.length < limit && checked < ranked.length && checked < limit * phraseChecks;) {
      const batch = ranked.slice(checked, (checked += limit));
      const read = await Promise.all(batch.map(async (r) => [await doc(r.doc), await text(r.doc)] as const));
      batch.forEach((r, i) => {
        const [d, passages] = read[i]!;
        const texts = [d.title, d.summary, ...passages];
        if (phrases.every((p) => texts.some((t) => hasPhrase(t, p)))) kept.push(r);
      });
    }
    shown = kept.slice(0, limit);
    total = kept.length;
  }
  const marks: Marks = {
    terms: matches.flatMap((m) => [...m.terms.keys()]),
    prefixes: query.filter((w) => w.prefix).map((w) => w.word),
  };
  return {
    total,
    atLeast: checked < ranked.length,
    results: await Promise.all(
      shown.map(async (r) => {
        const [d, passages] = await Promise.all([doc(r.doc), text(r.doc)]);
        const around = excerpt(passages, marks, phrases);
        return { number: r.doc, doc: d, ...(around && { excerpt: around }) };
      }),
    ),
    marks,
  };
}

export const searchQuery = (s: S, params: SearchParams, limit: number) =>
  queryOptions({
    queryKey: ['search', params.q.trim(), params.tag ?? '', params.series ?? '', limit],
    queryFn: () => search(s, params, limit),
  });

/** A text cut into runs, each marked or not: words whose term (or typed prefix) the query matched. */
export function markRuns(text: string, marks: Marks): { text: string; mark: boolean }[] {
  const isMarked = marker(marks);
  const runs: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    if (!isMarked(m[0])) continue;
    if (m.index > at) runs.push({ text: text.slice(at, m.index), mark: false });
    runs.push({ text: m[0], mark: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mark: false });
  return runs;
}
