/**
 * The prerenderer's data source: this build's data files (in memory) and the posts, read
 * from disk. `sources` maps a slug to its file in the posts folder, so that a folder post's
 * Markdown (served as `posts/<slug>.md`) is read from its `<slug>/index.md`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError } from '../data/errors.ts';
import type { DataSource } from '../data/source.ts';

export function diskSource(dataFiles: Map<string, string>, postsDir: string, sources: Map<string, string>): DataSource {
  const parsed = new Map<string, unknown>();
  return {
    json: <T>(name: string) => {
      if (!parsed.has(name)) {
        const text = dataFiles.get(name);
        if (text === undefined) return Promise.reject(new NotFoundError(name));
        parsed.set(name, JSON.parse(text));
      }
      return Promise.resolve(parsed.get(name) as T);
    },
    text: (name) =>
      readFile(
        path.join(postsDir, sources.get(name.replace(/^posts\/|\.md$/g, '')) ?? name.replace(/^posts\//, '')),
        'utf8',
      ).catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? new NotFoundError(name) : error;
      }),
  };
}
