/** Every URL the build prerenders to its own HTML file, with the data files it reads. */
import type { Blog } from '../content/collect-posts.ts';
import { dataPaths } from '../lib/paths.ts';
import { routePaths } from '../navigation/routes.ts';

export interface PageSpec {
  path: string;
  /** Data files the page is rendered from: when none changed, its cached render is reused. */
  data: string[];
  /** For post pages, the post whose Markdown it renders. */
  slug?: string;
}

export function pageSpecs(blog: Blog, postsPerPage: number): PageSpec[] {
  const site = dataPaths.site();
  const terms = dataPaths.terms();
  const pages = Math.max(1, Math.ceil(blog.posts.length / postsPerPage));
  return [
    ...Array.from({ length: pages }, (_, i) => ({ path: routePaths.home(i + 1), data: [site, terms, dataPaths.page(i + 1)] })),
    ...blog.posts.map((p) => ({ path: routePaths.post(p.slug), data: [site, dataPaths.post(p.slug)], slug: p.slug })),
    { path: routePaths.tags(), data: [site, terms] },
    ...blog.tags.map((t) => ({ path: routePaths.tag(t.slug), data: [site, dataPaths.tagPage(t.slug, 1)] })),
    { path: routePaths.seriesIndex(), data: [site, terms] },
    ...blog.series.map((s) => ({ path: routePaths.series(s.slug), data: [site, dataPaths.series(s.slug)] })),
    { path: routePaths.archive(), data: [site, dataPaths.archive()] },
    // The form and the words for readers without JavaScript; results are found in the browser.
    { path: routePaths.search(), data: [site, terms] },
    ...blog.authors.map((a) => ({ path: routePaths.author(a.slug), data: [site, terms, dataPaths.authorPage(a.slug, 1)] })),
  ];
}

/** The not-found page, written to `404.html`. */
export const notFoundPage: PageSpec = { path: routePaths.notFound(), data: [dataPaths.site()] };

/** `/posts/a` → `posts/a/index.html`, so the URL works with and without a trailing slash. */
export function htmlFileFor(path: string): string {
  if (path === notFoundPage.path) return '404.html';
  return path === '/' ? 'index.html' : `${decodeURIComponent(path.slice(1))}/index.html`;
}

/**
 * `/posts/a` → `posts/a.html` as well: most hosts (GitHub Pages, Netlify, Cloudflare Pages,
 * nginx with `try_files $uri $uri.html $uri/`) serve it for `/posts/a` without first
 * redirecting to `/posts/a/`, a round trip less before a shared link's page starts.
 */
export function twinHtmlFileFor(path: string): string | undefined {
  if (path === notFoundPage.path || path === '/') return undefined;
  return `${decodeURIComponent(path.slice(1))}.html`;
}
