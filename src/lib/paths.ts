/**
 * Every URL the app and the build produce, in one place. Paths are router paths
 * (without the base); `withBase` prefixes the deployment's sub-path.
 */
export const routePaths = {
  home: (page = 1) => (page > 1 ? `/page/${page}` : '/'),
  post: (slug: string) => `/posts/${slug}`,
  tags: () => '/tags',
  tag: (slug: string) => `/tags/${slug}`,
  seriesIndex: () => '/series',
  series: (slug: string) => `/series/${slug}`,
  archive: () => '/archive',
};

/** Data files live under a per-build folder so HTML and data of one deploy always match. */
export const dataPaths = {
  site: () => 'site.json',
  page: (page: number) => `pages/${page}.json`,
  tagPage: (slug: string, page: number) => `tags/${slug}/${page}.json`,
  series: (slug: string) => `series/${slug}.json`,
  post: (slug: string) => `posts/${slug}.json`,
  archive: () => 'archive.json',
};

export const markdownPath = (slug: string) => `posts/${slug}.md`;

/** `base` ends in `/`; `path` starts with `/` or is relative to the base. */
export function withBase(base: string, path: string): string {
  return base + path.replace(/^\//, '');
}

/** The router path of a pathname under the base: `/blog/posts/x` → `/posts/x` (base `/blog/`). */
export const withoutBase = (base: string, pathname: string): string => pathname.slice(base.length - 1);
