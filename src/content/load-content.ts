/** Reads every post in a folder and returns the blog, its data files and all problems. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../schema/site.ts';
import { collectPosts, type Blog } from './collect-posts.ts';
import { dataFiles, type DataFiles } from './data-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { loadPost } from './load-post.ts';

export interface Content {
  blog: Blog;
  files: DataFiles;
  diagnostics: Diagnostic[];
  /** Slugs of the posts that are published in this build. */
  slugs: Set<string>;
}

export interface LoadOptions {
  postsDir: string;
  site: SiteConfig;
  includeDrafts: boolean;
  /** Prefix for file names in messages (relative to the project). */
  displayDir?: string;
}

export async function listPostFiles(postsDir: string): Promise<string[]> {
  const entries = await readdir(postsDir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name).sort();
}

export async function loadContent({ postsDir, site, includeDrafts, displayDir }: LoadOptions): Promise<Content> {
  const shown = displayDir ?? path.relative(process.cwd(), postsDir);
  const names = await listPostFiles(postsDir);
  const results = await Promise.all(
    names.map(async (name) => loadPost(`${shown}/${name}`, await readFile(path.join(postsDir, name), 'utf8'))),
  );
  const loaded = results.flatMap((r) => (r.post ? [r.post] : []));
  const { blog, diagnostics } = collectPosts(loaded, site, { includeDrafts });
  return {
    blog,
    files: dataFiles(blog, site),
    diagnostics: [...results.flatMap((r) => r.diagnostics), ...diagnostics],
    slugs: new Set(blog.posts.map((p) => p.slug)),
  };
}
