/**
 * Every URL of the blog. Each view is its own folder and chunk, loaded on demand;
 * the same table serves the browser and the prerenderer.
 */
import type { RouteObject } from 'react-router';
import { loader as rootLoader, RootLayout } from './root/route.tsx';
import { RouteError } from './root/route-error.tsx';

const home = () => import('./home/route.tsx');

export const routeTable: RouteObject[] = [
  {
    id: 'root',
    path: '/',
    Component: RootLayout,
    loader: rootLoader,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <p className="loading">Loading…</p>,
    children: [
      {
        id: 'main',
        ErrorBoundary: RouteError,
        children: [
          { id: 'home', index: true, lazy: home },
          { id: 'home-page', path: 'page/:page', lazy: home },
          { id: 'post', path: 'posts/:slug', lazy: () => import('./post/route.tsx') },
          { id: 'tags', path: 'tags', lazy: () => import('./tags/route.tsx') },
          { id: 'tag', path: 'tags/:tag', lazy: () => import('./tag/route.tsx') },
          { id: 'series-index', path: 'series', lazy: () => import('./series-index/route.tsx') },
          { id: 'series', path: 'series/:series', lazy: () => import('./series/route.tsx') },
          { id: 'archive', path: 'archive', lazy: () => import('./archive/route.tsx') },
          { id: 'not-found', path: '*', lazy: () => import('./not-found/route.tsx') },
        ],
      },
    ],
  },
];

/** Source files of the view modules, for preloading a page's chunk from its HTML. */
export const routeModules: Record<string, string> = {
  home: 'src/routes/home/route.tsx',
  'home-page': 'src/routes/home/route.tsx',
  post: 'src/routes/post/route.tsx',
  tags: 'src/routes/tags/route.tsx',
  tag: 'src/routes/tag/route.tsx',
  'series-index': 'src/routes/series-index/route.tsx',
  series: 'src/routes/series/route.tsx',
  archive: 'src/routes/archive/route.tsx',
  'not-found': 'src/routes/not-found/route.tsx',
};
