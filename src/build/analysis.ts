/**
 * A post file's analysis (validated front matter, derived fields, problems), keyed by
 * file and content hash so the build and the dev server reuse it while the file is unchanged.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PostFile } from '../content/load-content.ts';
import { loadPost, type LoadResult } from '../content/load-post.ts';
import { readJson, writeJson } from './build-cache.ts';
import { sha } from './hash.ts';

export interface Analysis extends Omit<LoadResult, 'tree'> {
  file: string;
  hash: string;
}

export type AnalysisCache = Record<string, Analysis>;

/** Bump when an analysis gains or changes a field, so that cached ones are made again (3: search terms, aliases; 4: search text; 5: folder posts; 6: links to files and root-absolute URLs; 7: which root-absolute URLs are images; 8: search terms as one string; 9: images over http, links with a scheme dropped; 10: summaries with HTML tags, raw HTML not shown as written; 11: Zola shortcodes; 12: Hugo shortcodes only with a space or their end after the name). */
const analysisVersion = 12;

export const cacheKey = (file: string, hash: string) => `${file}:${hash}:${analysisVersion}`;

/** Analyses a file, or returns its cached analysis; `tree` is set only when it was parsed now. */
export async function analyse(file: PostFile, cache: AnalysisCache = {}): Promise<Analysis & Pick<LoadResult, 'tree'>> {
  // The hash of the file's bytes, as the build computes it before asking for an analysis.
  const bytes = await readFile(file.path);
  const hash = sha(bytes);
  const hit = cache[cacheKey(file.file, hash)];
  if (hit) return hit;
  return { ...loadPost(file.file, bytes.toString('utf8'), file.name), file: file.file, hash };
}

/**
 * The build keeps its analyses in shards chosen by file name, so that an edit rewrites
 * one shard and not the analyses of the whole blog; each post's search text, most of an
 * analysis's bytes, in a file of its own that the build links into its output instead of
 * reading it (docs/decisions/0022-rebuild-of-one-post.md).
 */
const shardCount = 64;
const shardOf = (file: string) => `${parseInt(sha(file).slice(0, 4), 16) % shardCount}.json`;

/** The file that keeps the search text of a post's analysis, as the JSON of its data file. */
export const searchTextPath = (dir: string, a: Analysis) => path.join(dir, 'texts', `${sha(cacheKey(a.file, a.hash))}.json`);

/** The cached analyses whose search text is kept too (posts without theirs are analysed again). */
export async function readAnalyses(dir: string): Promise<AnalysisCache> {
  const names = await readdir(path.join(dir, 'shards')).catch(() => []);
  const shards = await Promise.all(names.map((name) => readJson<AnalysisCache>(path.join(dir, 'shards', name))));
  const texts = new Set(await readdir(path.join(dir, 'texts')).catch(() => []));
  const cache: AnalysisCache = {};
  for (const shard of shards)
    for (const [key, a] of Object.entries(shard ?? {}))
      if (!a.post || texts.has(path.basename(searchTextPath(dir, a)))) cache[key] = a;
  return cache;
}

/**
 * Writes the search texts of new analyses and the shards whose analyses differ from
 * `previous`, and removes what no analysis uses any more.
 */
export async function writeAnalyses(dir: string, analyses: Analysis[], previous: AnalysisCache): Promise<void> {
  await mkdir(path.join(dir, 'texts'), { recursive: true });
  const shards = new Map<string, AnalysisCache>();
  const texts = new Set<string>();
  for (const a of analyses) {
    const name = shardOf(a.file);
    const shard = shards.get(name) ?? shards.set(name, {}).get(name)!;
    if (a.post) {
      const file = searchTextPath(dir, a);
      texts.add(path.basename(file));
      // Never rewritten: the output links it, and its name says what it holds.
      if (a.post.searchText && !existsSync(file)) writeFileSync(file, JSON.stringify(a.post.searchText));
    }
    shard[cacheKey(a.file, a.hash)] = a.post?.searchText ? { ...a, post: { ...a.post, searchText: undefined } } : a;
  }
  const before = new Map<string, number>();
  for (const a of Object.values(previous)) before.set(shardOf(a.file), (before.get(shardOf(a.file)) ?? 0) + 1);
  const unchanged = (name: string, shard: AnalysisCache) => {
    const keys = Object.keys(shard);
    return keys.length === before.get(name) && keys.every((k) => k in previous);
  };
  const [shardNames, textNames] = await Promise.all([
    readdir(path.join(dir, 'shards')).catch(() => []),
    readdir(path.join(dir, 'texts')),
  ]);
  await Promise.all([
    ...[...shards]
      .filter(([name, shard]) => !unchanged(name, shard))
      .map(([name, shard]) => writeJson(path.join(dir, 'shards', name), shard)),
    ...shardNames.filter((name) => !shards.has(name)).map((name) => rm(path.join(dir, 'shards', name), { force: true })),
    ...textNames.filter((name) => !texts.has(name)).map((name) => rm(path.join(dir, 'texts', name), { force: true })),
  ]);
}
