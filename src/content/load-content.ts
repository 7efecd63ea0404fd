/** Reads every post in a folder and returns the blog, its data files and all problems. */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageMap } from '../schema/manifest.ts';
import type { SiteConfig } from '../schema/site.ts';
import { collectPosts, type Blog } from './collect-posts.ts';
import { dataFiles, type DataFiles } from './data-files.ts';
import { referenceProblems } from './check-references.ts';
import { folderPostIndexNames, isPostFileName } from './post-file-names.ts';
import { strayFiles } from './stray-files.ts';
import type { Diagnostic } from './diagnostics.ts';
import { loadPost, type LoadedPost, type LoadResult } from './load-post.ts';
import { searchFiles, type SearchIds, type SearchTextFile } from './search-index.ts';
import type { RelatedPosts } from './related-posts.ts';

export interface Content {
  blog: Blog;
  files: DataFiles;
  diagnostics: Diagnostic[];
  /** Slugs of the posts that are published in this build. */
  slugs: Set<string>;
  /** Each published post's search id, to be passed to the next build as `searchIds`. */
  searchIds: SearchIds;
  /** Each published post's source file, relative to the posts folder: `<slug>.md` or `<slug>/index.md`. */
  sources: Map<string, string>;
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
  /** The site's static files (`public/`), where root-absolute links and images are looked for; unchecked if absent. */
  publicDir?: string;
  /** Each post's search text file; its passages if absent. */
  searchTextFile?: SearchTextFile;
  /** Each post's measured local images, by slug (build/post-images.ts): put in its data file. */
  images?: Map<string, ImageMap>;
  /** How related posts are chosen; content/related-posts.ts if absent. */
  related?: RelatedPosts;
}

export interface PostFile {
  /** Absolute path. */
  path: string;
  /** Path shown in messages, relative to the project. */
  file: string;
  /** Path relative to the posts folder, `/`-separated: `<slug>.md`, or `<slug>/index.md` for a folder post. */
  name: string;
}

export { isFolderPostName, isPostFileName } from './post-file-names.ts';

export const defaultDisplayDir = (postsDir: string) => path.relative(process.cwd(), postsDir);

export const postFile = (postsDir: string, name: string, displayDir = defaultDisplayDir(postsDir)): PostFile => ({
  path: path.join(postsDir, ...name.split('/')),
  file: `${displayDir}/${name}`,
  name,
});

/** The posts: Markdown files at the top of the folder, and each folder's `index.md` (or `index.markdown`). */
export async function listPostFiles(postsDir: string, displayDir = defaultDisplayDir(postsDir)): Promise<PostFile[]> {
  const entries = await readdir(postsDir, { withFileTypes: true }).catch(() => []);
  const names = entries.flatMap((e) => {
    if (e.isFile()) return isPostFileName(e.name) ? [e.name] : [];
    if (!e.isDirectory()) return [];
    return folderPostIndexNames.filter((f) => existsSync(path.join(postsDir, e.name, f))).map((f) => `${e.name}/${f}`);
  });
  return names.sort().map((name) => postFile(postsDir, name, displayDir));
}

/** A folder post and a flat post (or two index files) of one slug: an error on each file but the first, naming both. */
function duplicateSlugs(loaded: LoadedPost[]): Diagnostic[] {
  const first = new Map<string, LoadedPost>();
  return loaded.flatMap((post) => {
    const other = first.get(post.slug);
    if (!other) {
      first.set(post.slug, post);
      return [];
    }
    return [
      {
        file: post.file,
        line: 1,
        column: 1,
        severity: 'error' as const,
        message: `post "${post.slug}" is written twice, here and in ${other.file}: keep one (a folder post is <slug>/index.md, a flat one <slug>.md)`,
      },
    ];
  });
}

/** Loaded posts → the blog, with the checks that need every post: links and images. */
export function assembleContent(
  results: LoadResult[],
  { postsDir, publicDir, site, includeDrafts, now, searchIds, searchTextFile, images, related }: ContentOptions,
): Content {
  const all = results.flatMap((r) => (r.post ? [r.post] : []));
  const duplicates = duplicateSlugs(all);
  const loaded = all.filter((p) => !duplicates.some((d) => d.file === p.file));
  const { blog, diagnostics } = collectPosts(loaded, site, { includeDrafts, ...(now !== undefined && { now }) });
  diagnostics.push(...duplicates);
  const slugs = new Set(blog.posts.map((p) => p.slug));
  diagnostics.push(...referenceProblems(loaded, slugs, { postsDir, ...(publicDir && { publicDir }) }));
  const search = searchFiles(blog, new Map(loaded.map((p) => [p.slug, p])), searchIds, searchTextFile);
  return {
    blog,
    files: new Map([...dataFiles(blog, site, images, related), ...search.files]),
    searchIds: search.ids,
    diagnostics: [...results.flatMap((r) => r.diagnostics), ...diagnostics],
    slugs,
    sources: new Map(loaded.filter((p) => slugs.has(p.slug)).map((p) => [p.slug, p.source])),
  };
}

export async function loadContent(options: ContentOptions & { displayDir?: string }): Promise<Content> {
  const files = await listPostFiles(options.postsDir, options.displayDir);
  const results = await Promise.all(files.map(async (f) => loadPost(f.file, await readFile(f.path, 'utf8'), f.name)));
  for (const r of results) delete r.tree;
  const content = assembleContent(results, options);
  content.diagnostics.push(...(await strayFiles(options.postsDir, options.displayDir ?? defaultDisplayDir(options.postsDir))));
  return content;
}
