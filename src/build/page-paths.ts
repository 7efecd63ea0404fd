/** Every URL the build prerenders to its own HTML file. */
import type { Blog } from '../content/collect-posts.ts';
import { routePaths } from '../lib/paths.ts';

export function pagePaths(blog: Blog, postsPerPage: number): string[] {
  const pages = Math.max(1, Math.ceil(blog.posts.length / postsPerPage));
  return [
    ...Array.from({ length: pages }, (_, i) => routePaths.home(i + 1)),
    ...blog.posts.map((p) => routePaths.post(p.slug)),
    routePaths.tags(),
    ...blog.tags.map((t) => routePaths.tag(t.slug)),
    routePaths.seriesIndex(),
    ...blog.series.map((s) => routePaths.series(s.slug)),
    routePaths.archive(),
  ];
}

/** `/posts/a` → `posts/a/index.html`, so the URL works with and without a trailing slash. */
export function htmlFileFor(path: string): string {
  return path === '/' ? 'index.html' : `${decodeURIComponent(path.slice(1))}/index.html`;
}
