/**
 * The words the bench searches for, read from the built index itself (so they exist in
 * whatever blog was built): words found in one post only, and the commonest words. Each
 * is a word that is its own index term, so typing it finds exactly that term.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { term } from '../src/lib/search-terms.ts';
import type { SearchShard } from '../src/schema/manifest.ts';

export interface SearchQueries {
  /** Two words each in one post only: the first searched cold, the second warm. */
  rare: [string, string];
  /** The two words in the most posts. */
  common: [string, string];
}

/** Picks the queries from the shards' postings (pairs of id gap and weight: half their length is the post count). */
export function pickQueries(shards: Iterable<SearchShard>): SearchQueries {
  const typable: [string, number][] = [];
  for (const shard of shards)
    for (const [t, postings] of Object.entries(shard))
      if (/^[a-z]{6,}$/.test(t) && term(t) === t) typable.push([t, postings.length / 2]);
  // Stable across runs: by post count, then alphabetically.
  typable.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const rare = typable.filter(([, n]) => n === 1).map(([t]) => t);
  const common = typable
    .slice(-2)
    .map(([t]) => t)
    .reverse();
  if (rare.length < 2 || common.length < 2) throw new Error('The search index has too few words to pick the bench queries from.');
  // Two rare words from different shards, so the warm one is not already loaded.
  const second = rare.find((t) => t.slice(0, 2) !== rare[0]!.slice(0, 2)) ?? rare[1]!;
  return { rare: [rare[0]!, second], common: [common[0]!, common[1]!] };
}

/** The built blog's search shards (under data/<data id>/search/terms/). */
export async function readShards(outDir: string): Promise<SearchShard[]> {
  const [dataId] = await readdir(path.join(outDir, 'data'));
  const dir = path.join(outDir, 'data', dataId!, 'search', 'terms');
  const names = await readdir(dir);
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(path.join(dir, n), 'utf8')) as SearchShard));
}
