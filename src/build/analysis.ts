/**
 * A post file's analysis (validated front matter, derived fields, problems), keyed by
 * file and content hash so the build and the dev server reuse it while the file is unchanged.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
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

/** Bump when an analysis gains or changes a field, so that cached ones are made again (3: search terms, aliases; 4: search text; 5: folder posts; 6: links to files and root-absolute URLs). */
const analysisVersion = 6;

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
 * one shard and not the analyses of the whole blog (docs/decisions/0021-rebuild-of-one-post.md).
 */
const shardCount = 64;
const shardOf = (file: string) => `${parseInt(sha(file).slice(0, 4), 16) % shardCount}.json`;

export async function readAnalyses(dir: string): Promise<AnalysisCache> {
  const names = await readdir(dir).catch(() => []);
  const shards = await Promise.all(names.map((name) => readJson<AnalysisCache>(path.join(dir, name))));
  return Object.assign({}, ...shards) as AnalysisCache;
}

/** Writes the shards whose analyses differ from `previous`, and removes shards no analysis falls in. */
export async function writeAnalyses(dir: string, analyses: Analysis[], previous: AnalysisCache): Promise<void> {
  const shards = new Map<string, AnalysisCache>();
  for (const a of analyses) {
    const name = shardOf(a.file);
    const shard = shards.get(name) ?? shards.set(name, {}).get(name)!;
    shard[cacheKey(a.file, a.hash)] = a;
  }
  const before = new Map<string, number>();
  for (const a of Object.values(previous)) before.set(shardOf(a.file), (before.get(shardOf(a.file)) ?? 0) + 1);
  const unchanged = (name: string, shard: AnalysisCache) => {
    const keys = Object.keys(shard);
    return keys.length === before.get(name) && keys.every((k) => k in previous);
  };
  const names = await readdir(dir).catch(() => []);
  await Promise.all([
    ...[...shards]
      .filter(([name, shard]) => !unchanged(name, shard))
      .map(([name, shard]) => writeJson(path.join(dir, name), shard)),
    ...names.filter((name) => !shards.has(name)).map((name) => rm(path.join(dir, name), { force: true })),
  ]);
}
