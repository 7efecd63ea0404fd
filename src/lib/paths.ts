/**
 * Where data files and post sources live, and the site's base path. Page URLs are in
 * `navigation/routes.ts`; `withBase` prefixes the deployment's sub-path to either, and
 * `absoluteUrl` makes either a full URL under the site's `baseUrl`.
 */
/** The JSON files the app loads, under `data/<data id>/` (named in build/build-site.ts). */
export const dataPaths = {
  site: () => 'site.json',
  terms: () => 'terms.json',
  page: (page: number) => `pages/${page}.json`,
  tagPage: (slug: string, page: number) => `tags/${slug}/${page}.json`,
  authorPage: (slug: string, page: number) => `authors/${slug}/${page}.json`,
  series: (slug: string) => `series/${slug}.json`,
  post: (slug: string) => `posts/${slug}.json`,
  archive: () => 'archive.json',
};

/** The deploy's data folder, `data/<data id>/`, where the build writes the files above and the app reads them. */
export const dataFolder = (dataId: string) => `data/${dataId}/`;

/** Where a post's Markdown is served, a folder post's too (the build copies its `index.md` there). */
export const markdownPath = (slug: string) => `posts/${slug}.md`;

/** The folder, relative to `posts/`, that a post's relative links and images start from: `` or `<slug>/` for a folder post. */
export const postDir = (post: { slug: string; folder?: true }) => (post.folder ? `${post.slug}/` : '');

/**
 * An alias as written in front matter → the router path it stands for, or what is
 * wrong with it. `/2021/02/03/my-post/` stays where it is; a relative one (`old-name`)
 * is beside the posts, `/posts/old-name`, as Hugo reads it for a post in `posts/`.
 */
export function aliasPath(value: string): { path: string } | { error: string } {
  const example = 'write the old path, e.g. /2021/02/03/my-post/ or old-name';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) return { error: `is a URL, not a path on this site: ${example}` };
  if (/[\s?#\\<>"]/.test(value)) return { error: `is not a path (no spaces, ?, # or \\): ${example}` };
  let segments: string[];
  try {
    segments = (value.startsWith('/') ? value : `/posts/${value}`).split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { error: `is not a path (a malformed %-escape): ${example}` };
  }
  if (segments.some((s) => s === '..' || s === '.' || s.includes('/'))) {
    return { error: 'points outside the site: an alias is a path from the site root, without "." or ".." segments' };
  }
  return { path: `/${segments.join('/')}` };
}

/** The file an alias's redirect page is written to: `/old/x/` → `old/x/index.html`, `/old/x.html` → itself. */
export const aliasFile = (path: string): string =>
  path.endsWith('.html') ? path.slice(1) : `${path.slice(1)}${path === '/' ? '' : '/'}index.html`;

/** `base` ends in `/`; `path` starts with `/` or is relative to the base. */
export function withBase(base: string, path: string): string {
  return base + path.replace(/^\//, '');
}

/** A path from the site's root as a full URL under the site's `baseUrl`, which may have a sub-path. */
export function absoluteUrl(site: { baseUrl: string }, path: string): string {
  return new URL(path.replace(/^\//, ''), site.baseUrl).href;
}

/** The router path of a pathname under the base: `/blog/posts/x` → `/posts/x` (base `/blog/`). */
export const withoutBase = (base: string, pathname: string): string => pathname.slice(base.length - 1);

/** `/posts/a/` → `/posts/a` (`/` stays): a host that serves pages as folders answers at both. */
export const withoutTrailingSlash = (pathname: string): string => (pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname);
