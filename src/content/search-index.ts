/**
 * The published blog's search index, as data files (docs/decisions/0016-sharded-search-index.md): postings split
 * into shards by the first characters of their terms, so a query fetches only the shards
 * of its words; the posts a result shows, in small chunks by post id; each post's text, for
 * excerpts and phrases; and each tag's and series' post ids, for narrowing. Built from the terms each post's analysis
 * derived (search-text.ts), so nothing is parsed again. Drafts are not in the blog, so
 * not in here.
 */
import { searchPaths } from '../lib/search-terms.ts';
import type { SearchDocs, SearchFacet, SearchMeta, SearchShard } from '../schema/manifest.ts';
import type { Blog } from './collect-posts.ts';
import { forEachSearchTerm, type SearchTerms } from './search-text.ts';

/** Posts per doc-table file: a result page of 20 posts reads at most 20 of them. */
export const docChunk = 25;
/** A shard above this many bytes is split by one more character of its terms (up to four). */
export const shardLimit = 96 * 1024;
const maxKeyLength = 4;

const prefix = (term: string, n: number) => [...term].slice(0, n).join('');

/** Characters of a whole number written in JSON. */
const digits = (n: number) =>
  Number.isInteger(n) && n >= 0 && n < 1e15 ? (n < 10 ? 1 : Math.floor(Math.log10(n)) + 1) : JSON.stringify(n).length;

/**
 * The length of `JSON.stringify` of a shard of these terms, added up from each term's
 * entry (measured once) rather than by writing the shard out at each level of the split.
 */
function shardLengths(postings: Map<string, number[]>) {
  const entries = new Map<string, number>();
  const entry = (t: string) => {
    let length = entries.get(t);
    if (length === undefined) {
      const list = postings.get(t)!;
      length = JSON.stringify(t).length + 1 + 2 + Math.max(0, list.length - 1);
      for (const n of list) length += digits(n);
      entries.set(t, length);
    }
    return length;
  };
  return (terms: string[]) => 2 + Math.max(0, terms.length - 1) + terms.reduce((sum, t) => sum + entry(t), 0);
}

/** Terms → shards of at most `shardLimit` bytes where a longer key can split them; each with its length in JSON. */
export function shardTerms(postings: Map<string, number[]>): Map<string, { shard: SearchShard; length: number }> {
  const shards = new Map<string, { shard: SearchShard; length: number }>();
  const lengthOf = shardLengths(postings);
  const take = (key: string, terms: string[]) =>
    shards.set(key, { shard: Object.fromEntries(terms.map((t) => [t, postings.get(t)!])), length: lengthOf(terms) });
  const place = (terms: string[], n: number) => {
    const groups = new Map<string, string[]>();
    for (const t of terms) {
      // A term no longer than the key stays in the shard named by the whole term.
      const key = prefix(t, n);
      const group = groups.get(key);
      if (group) group.push(t);
      else groups.set(key, [t]);
    }
    for (const [key, group] of groups) {
      const longer = group.filter((t) => [...t].length > n);
      if (n < maxKeyLength && longer.length > 1 && lengthOf(group) > shardLimit) {
        const short = group.filter((t) => [...t].length <= n);
        if (short.length) take(key, short);
        place(longer, n + 1);
      } else take(key, group);
    }
  };
  place([...postings.keys()].sort(), 2);
  return shards;
}

/** Each published post's search id, by slug (kept by the build between runs). */
export type SearchIds = Record<string, number>;

/**
 * Ids that outlive a rebuild: a post keeps the id it had, a new post takes the next one,
 * so postings, doc chunks and facets change only where a post did. Numbered oldest first,
 * so that on a fresh numbering a higher id is a newer post. When removed posts have left
 * more than a quarter of the ids unused, everything is numbered afresh.
 */
export function assignIds(slugs: readonly string[], previous: Readonly<SearchIds>): SearchIds {
  const ids: SearchIds = {};
  const used = new Set<number>();
  for (const slug of slugs) {
    const id = previous[slug];
    if (Number.isInteger(id) && id! >= 0 && !used.has(id!)) used.add((ids[slug] = id!));
  }
  let next = used.size ? Math.max(...used) + 1 : 0;
  for (const slug of slugs) if (!(slug in ids)) ids[slug] = next++;
  if (used.size && next > slugs.length * 1.25 + docChunk) return assignIds(slugs, {});
  return ids;
}

/** What the index needs of a post besides its summary: its terms and its text. */
export interface SearchSource {
  search: SearchTerms;
  searchText?: string[];
}

/**
 * A post's text file, by slug: its passages, or what stands for them in the data files
 * (the build links files it keeps rather than reading them).
 */
export type SearchTextFile = (slug: string) => unknown;

export function searchFiles(
  blog: Blog,
  sources: ReadonlyMap<string, SearchSource>,
  previous: Readonly<SearchIds> = {},
  textFile: SearchTextFile = (slug) => sources.get(slug)?.searchText ?? [],
): { files: Map<string, unknown>; ids: SearchIds } {
  const files = new Map<string, unknown>();
  // blog.posts is newest first.
  const ids = assignIds(blog.posts.map((p) => p.slug).reverse(), previous);
  const byId = [...blog.posts].sort((a, b) => ids[a.slug]! - ids[b.slug]!);
  const postings = new Map<string, number[]>();
  const last = new Map<string, number>();
  for (const post of byId) {
    const id = ids[post.slug]!;
    forEachSearchTerm(sources.get(post.slug)?.search ?? '', (t, weight) => {
      const list = postings.get(t) ?? postings.set(t, []).get(t)!;
      list.push(id - (last.get(t) ?? 0), weight);
      last.set(t, id);
    });
    files.set(searchPaths.text(id), textFile(post.slug));
  }
  const shards = shardTerms(postings);
  const meta: SearchMeta = { docs: blog.posts.length, chunk: docChunk, shards: {} };
  for (const [key, { shard, length }] of shards) {
    meta.shards[key] = length;
    files.set(searchPaths.shard(key), shard);
  }
  files.set(searchPaths.meta(), meta);
  const chunks = new Map<number, SearchDocs>();
  for (const p of byId) {
    const id = ids[p.slug]!;
    const chunk =
      chunks.get(Math.floor(id / docChunk)) ?? chunks.set(Math.floor(id / docChunk), []).get(Math.floor(id / docChunk))!;
    while (chunk.length < id % docChunk) chunk.push(null);
    chunk.push({
      slug: p.slug,
      title: p.title,
      date: p.date,
      tags: p.tags,
      summary: p.summary,
      ...(p.series && { series: { name: p.series.name, slug: p.series.slug } }),
    });
  }
  for (const [n, docs] of chunks) files.set(searchPaths.docs(n), docs);
  const numbers = (posts: { slug: string }[]): SearchFacet => posts.map((p) => ids[p.slug]!).sort((a, b) => a - b);
  for (const tag of blog.tags) files.set(searchPaths.tag(tag.slug), numbers(tag.posts));
  for (const series of blog.series) files.set(searchPaths.series(series.slug), numbers(series.posts));
  return { files, ids };
}
