/**
 * A post file's analysis (validated front matter, derived fields, problems), keyed by
 * file and content hash so the build and the dev server reuse it while the file is unchanged.
 */
import { readFile } from 'node:fs/promises';
import type { PostFile } from '../content/load-content.ts';
import { loadPost, type LoadResult } from '../content/load-post.ts';
import { sha } from './hash.ts';

export interface Analysis extends Omit<LoadResult, 'tree'> {
  file: string;
  hash: string;
}

export type AnalysisCache = Record<string, Analysis>;

/** Bump when an analysis gains or changes a field, so that cached ones are made again (3: search terms, aliases; 4: search text; 5: folder posts; 6: links to files and root-absolute URLs; 7: which root-absolute URLs are images). */
const analysisVersion = 7;

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
