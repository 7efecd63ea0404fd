/** The prerenderer's data source: this build's data files (in memory) and the posts, read from disk. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { NotFoundError } from '../data/errors.ts';
import type { DataSource } from '../data/source.ts';

/**
 * `sources`: each post's file in the posts folder by slug, for the folder posts
 * (`<slug>/index.md`) whose Markdown the app asks for as `posts/<slug>.md`.
 */
export function diskSource(dataFiles: Map<string, string>, postsDir: string, sources = new Map<string, string>()): DataSource {
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
