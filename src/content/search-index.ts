/**
 * The published blog's search index, as data files (docs/decisions/0016-sharded-search-index.md): postings split
 * into shards by the first characters of their terms, so a query fetches only the shards
 * of its words; the posts a result shows, in small chunks by post number; and each tag's
 * and series' post numbers, for narrowing. Built from the terms each post's analysis
 * derived (search-text.ts), so nothing is parsed again. Drafts are not in the blog, so
 * not in here.
 */
import { searchPaths } from '../lib/search-terms.ts';
import type { SearchDoc, SearchFacet, SearchMeta, SearchShard } from '../schema/manifest.ts';
import type { Blog } from './collect-posts.ts';
import type { SearchTerms } from './search-text.ts';

/** Posts per doc-table file: a result page of 20 posts reads at most 20 of them. */
export const docChunk = 25;
/** A shard above this many bytes is split by one more character of its terms (up to four). */
export const shardLimit = 96 * 1024;
const maxKeyLength = 4;

const prefix = (term: string, n: number) => [...term].slice(0, n).join('');

/** Terms → shards of at most `shardLimit` bytes where a longer key can split them. */
export function shardTerms(postings: Map<string, number[]>): Map<string, SearchShard> {
  const shards = new Map<string, SearchShard>();
  const place = (terms: string[], n: number) => {
    const groups = new Map<string, string[]>();
    for (const t of terms) {
      // A term no longer than the key stays in the shard named by the whole term.
      const key = prefix(t, n);
      groups.set(key, [...(groups.get(key) ?? []), t]);
    }
    for (const [key, group] of groups) {
      const shard = Object.fromEntries(group.map((t) => [t, postings.get(t)!]));
      const longer = group.filter((t) => [...t].length > n);
      if (n < maxKeyLength && longer.length > 1 && JSON.stringify(shard).length > shardLimit) {
        const short = group.filter((t) => [...t].length <= n);
        if (short.length) shards.set(key, Object.fromEntries(short.map((t) => [t, postings.get(t)!])));
        place(longer, n + 1);
      } else shards.set(key, shard);
    }
  };
  place([...postings.keys()].sort(), 2);
  return shards;
}

export function searchFiles(blog: Blog, terms: ReadonlyMap<string, SearchTerms>): Map<string, unknown> {
  const files = new Map<string, unknown>();
  const postings = new Map<string, number[]>();
  const last = new Map<string, number>();
  blog.posts.forEach((post, doc) => {
    for (const [t, weight] of Object.entries(terms.get(post.slug) ?? {})) {
      const list = postings.get(t) ?? postings.set(t, []).get(t)!;
      list.push(doc - (last.get(t) ?? 0), weight);
      last.set(t, doc);
    }
  });
  const shards = shardTerms(postings);
  const meta: SearchMeta = { docs: blog.posts.length, chunk: docChunk, shards: {} };
  for (const [key, shard] of shards) {
    meta.shards[key] = JSON.stringify(shard).length;
    files.set(searchPaths.shard(key), shard);
  }
  files.set(searchPaths.meta(), meta);
  for (let i = 0; i * docChunk < blog.posts.length; i++) {
    const docs: SearchDoc[] = blog.posts.slice(i * docChunk, (i + 1) * docChunk).map((p) => ({
      slug: p.slug,
      title: p.title,
      date: p.date,
      tags: p.tags,
      summary: p.summary,
      ...(p.series && { series: { name: p.series.name, slug: p.series.slug } }),
    }));
    files.set(searchPaths.docs(i), docs);
  }
  const number = new Map(blog.posts.map((p, i) => [p.slug, i]));
  const numbers = (posts: { slug: string }[]): SearchFacet => posts.map((p) => number.get(p.slug)!).sort((a, b) => a - b);
  for (const tag of blog.tags) files.set(searchPaths.tag(tag.slug), numbers(tag.posts));
  for (const series of blog.series) files.set(searchPaths.series(series.slug), numbers(series.posts));
  return files;
}
