/**
 * The views under `src/routes/`, one folder each: their paths, their source files and
 * their code, loaded on demand. A loaded view is kept here, so the router, prefetching
 * and the page stack (which renders pages ahead of the click) all use the same module.
 */
import { matchRoutes } from 'react-router';
import type { ComponentType } from 'react';
import type { LoaderFunction } from 'react-router';

export interface ViewModule {
  Component: ComponentType;
  loader?: LoaderFunction;
}

const views = {
  home: { source: 'src/views/home/route.tsx', load: () => import('../views/home/route.tsx') },
  post: { source: 'src/views/post/route.tsx', load: () => import('../views/post/route.tsx') },
  tags: { source: 'src/views/tags/route.tsx', load: () => import('../views/tags/route.tsx') },
  tag: { source: 'src/views/tag/route.tsx', load: () => import('../views/tag/route.tsx') },
  'series-index': { source: 'src/views/series-index/route.tsx', load: () => import('../views/series-index/route.tsx') },
  series: { source: 'src/views/series/route.tsx', load: () => import('../views/series/route.tsx') },
  archive: { source: 'src/views/archive/route.tsx', load: () => import('../views/archive/route.tsx') },
  'not-found': { source: 'src/views/not-found/route.tsx', load: () => import('../views/not-found/route.tsx') },
} satisfies Record<string, { source: string; load: () => Promise<ViewModule> }>;

export type ViewName = keyof typeof views;

/** The URLs of the blog (router paths, under the site's base), each shown by one view. */
export const viewRoutes: { id: string; view: ViewName; path?: string; index?: true }[] = [
  { id: 'home', view: 'home', index: true },
  { id: 'home-page', view: 'home', path: 'page/:page' },
  { id: 'post', view: 'post', path: 'posts/:slug' },
  { id: 'tags', view: 'tags', path: 'tags' },
  { id: 'tag', view: 'tag', path: 'tags/:tag' },
  { id: 'series-index', view: 'series-index', path: 'series' },
  { id: 'series', view: 'series', path: 'series/:series' },
  { id: 'archive', view: 'archive', path: 'archive' },
  { id: 'not-found', view: 'not-found', path: '*' },
];

const loading = new Map<ViewName, Promise<ViewModule>>();
const loaded = new Map<ViewName, ViewModule>();

export function loadView(name: ViewName): Promise<ViewModule> {
  let pending = loading.get(name);
  if (!pending) {
    pending = views[name].load().then((module) => {
      loaded.set(name, module);
      return module;
    });
    // A failed load (offline, a deploy removed the chunk) is tried again next time.
    pending.catch(() => loading.delete(name));
    loading.set(name, pending);
  }
  return pending;
}

/** The view's module if it has loaded. */
export const loadedView = (name: ViewName): ViewModule | undefined => loaded.get(name);

export const viewSource = (routeId: string): string | undefined => {
  const route = viewRoutes.find((r) => r.id === routeId);
  return route && views[route.view].source;
};

export interface ViewMatch {
  route: (typeof viewRoutes)[number];
  params: Record<string, string | undefined>;
}

const matched = new Map<string, ViewMatch | undefined>();

/** Which view shows a router path (`/posts/x`, `/?tag=go`: the query does not take part). */
export function matchView(path: string): ViewMatch | undefined {
  const pathname = path.replace(/[?#].*$/, '');
  // Pages render often (ahead of time, then when revealed): match each path once.
  if (!matched.has(pathname)) {
    if (matched.size > 500) matched.clear();
    const match = matchRoutes(viewRoutes, pathname)?.at(-1);
    matched.set(pathname, match && { route: match.route, params: match.params });
  }
  return matched.get(pathname);
}
