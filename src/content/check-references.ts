/**
 * Links and images that lead nowhere, checked once every post is known: links to posts
 * that are not published, files missing from the posts folder or from `public/`, and
 * links to a post's old URL (one of its aliases) rather than to the post.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import type { LoadedPost, Reference } from './load-post.ts';

export interface ReferenceFolders {
  postsDir: string;
  /** The site's static files (`public/`): root-absolute paths are checked there when it is given. */
  publicDir?: string;
}

const missingFile = {
  what: 'link or image to a file that does not exist',
  fix: "check the path (relative to the post's file, or from public/ when it starts with /)",
};
const oldUrl = {
  what: "link to a post's old URL (one of its aliases)",
  fix: 'it redirects, but link to the post itself: its file (other-post.md) or /posts/<slug>',
};

/** `/2021/02/03/x/`, `/2021/02/03/x/index.html` and `/2021/02/03/x` name one page. */
const pageKey = (urlPath: string) => urlPath.replace(/\/index\.html$/, '').replace(/\/+$/, '') || '/';

export function referenceProblems(posts: LoadedPost[], published: Set<string>, folders: ReferenceFolders): Diagnostic[] {
  const byAlias = new Map<string, LoadedPost>();
  for (const post of posts) if (published.has(post.slug)) for (const a of post.aliases) byAlias.set(pageKey(a.path), post);
  const problems: Diagnostic[] = [];
  for (const post of posts) {
    if (!published.has(post.slug)) continue;
    for (const ref of post.references) {
      const problem = check(ref, published, byAlias, folders);
      if (problem) problems.push({ file: post.file, line: ref.line, column: ref.column, severity: 'warning', ...problem });
    }
  }
  return problems;
}

function check(
  ref: Reference,
  published: Set<string>,
  byAlias: Map<string, LoadedPost>,
  { postsDir, publicDir }: ReferenceFolders,
): Pick<Diagnostic, 'message' | 'group'> | undefined {
  switch (ref.kind) {
    case 'post':
      return published.has(ref.target)
        ? undefined
        : {
            message: `link to "${ref.target}.md", which is not a published post: check the file name, or whether that post is a draft`,
          };
    case 'image':
    case 'file':
      return existsSync(path.join(postsDir, ref.target))
        ? undefined
        : {
            message: `${ref.kind === 'image' ? 'image' : 'link to'} "${ref.target}" does not exist in the posts folder: check the path (relative to this file)`,
            group: missingFile,
          };
    case 'root': {
      const post = byAlias.get(pageKey(ref.target));
      if (post)
        return {
          message: `link to "${ref.target}", the old URL of "${post.frontMatter.title}": link to the post itself, ${post.source.includes('/') ? `${post.slug}/index.md` : `${post.slug}.md`} (its file) or /posts/${post.slug}`,
          group: oldUrl,
        };
      // Page URLs (/tags/go) are the app's; only paths to files (a name with an extension) are checked.
      if (!publicDir || !/\.[a-z0-9]+$/i.test(ref.target)) return undefined;
      const file = ref.target.startsWith('/posts/')
        ? path.join(postsDir, ref.target.slice('/posts/'.length))
        : path.join(publicDir, ref.target);
      return existsSync(file)
        ? undefined
        : { message: `"${ref.target}" does not exist in public/: check the path, or copy the file there`, group: missingFile };
    }
  }
}
