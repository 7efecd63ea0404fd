/**
 * Where data files and post sources live, and the site's base path. Page URLs are in
 * `navigation/routes.ts`; `withBase` prefixes the deployment's sub-path to either.
 */
/** The JSON files the app loads, under `data/<data id>/` (named in build/build-site.ts). */
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
