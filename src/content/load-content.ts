/** Reads every post in a folder and returns the blog, its data files and all problems. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../schema/site.ts';
import { collectPosts, type Blog } from './collect-posts.ts';
import { dataFiles, type DataFiles } from './data-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { loadPost, type LoadResult } from './load-post.ts';
import { searchFiles, type SearchIds } from './search-index.ts';

export interface Content {
  blog: Blog;
  files: DataFiles;
  diagnostics: Diagnostic[];
  /** Slugs of the posts that are published in this build. */
  slugs: Set<string>;
  /** Each published post's search id, to be passed to the next build as `searchIds`. */
  searchIds: SearchIds;
}

export interface ContentOptions {
  postsDir: string;
  site: SiteConfig;
  /** Drafts and scheduled posts are shown (the dev server). */
  includeDrafts: boolean;
  /** The clock that decides which posts are scheduled (ms since the epoch); now if absent. */
  now?: number;
  /** The search ids of the last build (content/search-index.ts), so that unchanged posts keep theirs. */
  searchIds?: SearchIds;
}

export interface PostFile {
  /** Absolute path. */
  path: string;
  /** Path shown in messages, relative to the project. */
  file: string;
}

/** Whether a file in the posts folder is read as a post: near misses (.MD, .markdown) are, so that they are reported rather than skipped. */
export const isPostFileName = (name: string) => /\.(md|markdown)$/i.test(name);

export const defaultDisplayDir = (postsDir: string) => path.relative(process.cwd(), postsDir);

export const postFile = (postsDir: string, name: string, displayDir = defaultDisplayDir(postsDir)): PostFile => ({
  path: path.join(postsDir, name),
  file: `${displayDir}/${name}`,
});

export async function listPostFiles(postsDir: string, displayDir = defaultDisplayDir(postsDir)): Promise<PostFile[]> {
  const entries = await readdir(postsDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && isPostFileName(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => postFile(postsDir, name, displayDir));
}

/** Loaded posts → the blog, with the checks that need every post: links and images. */
export function assembleContent(
  results: LoadResult[],
  { postsDir, site, includeDrafts, now, searchIds }: ContentOptions,
): Content {
  const loaded = results.flatMap((r) => (r.post ? [r.post] : []));
  const { blog, diagnostics } = collectPosts(loaded, site, { includeDrafts, ...(now !== undefined && { now }) });
  const slugs = new Set(blog.posts.map((p) => p.slug));
  for (const post of loaded) {
    if (!slugs.has(post.slug)) continue;
    for (const ref of post.references) {
      const missing = ref.kind === 'post' ? !slugs.has(ref.target) : !existsSync(path.join(postsDir, ref.target));
      if (!missing) continue;
      diagnostics.push({
        file: post.file,
        line: ref.line,
        column: ref.column,
        severity: 'warning',
        message:
          ref.kind === 'post'
            ? `link to "${ref.target}.md", which is not a published post: check the file name, or whether that post is a draft`
            : `image "${ref.target}" does not exist in the posts folder: check the path (relative to this file)`,
      });
    }
  }
  const search = searchFiles(blog, new Map(loaded.map((p) => [p.slug, p])), searchIds);
  return {
    blog,
    files: new Map([...dataFiles(blog, site), ...search.files]),
    searchIds: search.ids,
    diagnostics: [...results.flatMap((r) => r.diagnostics), ...diagnostics],
    slugs,
  };
}

export async function loadContent(options: ContentOptions & { displayDir?: string }): Promise<Content> {
  const files = await listPostFiles(options.postsDir, options.displayDir);
  const results = await Promise.all(files.map(async (f) => loadPost(f.file, await readFile(f.path, 'utf8'))));
  for (const r of results) delete r.tree;
  return assembleContent(results, options);
}
