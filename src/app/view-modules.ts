/**
 * Which module holds each view's code: each is its own chunk. Bound here, above the
 * views, because the views import links from the navigation layer that loads them.
 */
import { Views } from '../navigation/views.ts';

export const createViews = () =>
  new Views({
    home: { source: 'src/views/home/route.tsx', load: () => import('../views/home/route.tsx') },
    post: { source: 'src/views/post/route.tsx', load: () => import('../views/post/route.tsx') },
    tags: { source: 'src/views/tags/route.tsx', load: () => import('../views/tags/route.tsx') },
    tag: { source: 'src/views/tag/route.tsx', load: () => import('../views/tag/route.tsx') },
    'series-index': { source: 'src/views/series-index/route.tsx', load: () => import('../views/series-index/route.tsx') },
    series: { source: 'src/views/series/route.tsx', load: () => import('../views/series/route.tsx') },
    archive: { source: 'src/views/archive/route.tsx', load: () => import('../views/archive/route.tsx') },
    search: { source: 'src/views/search/route.tsx', load: () => import('../views/search/route.tsx') },
    author: { source: 'src/views/author/route.tsx', load: () => import('../views/author/route.tsx') },
    'not-found': { source: 'src/views/not-found/route.tsx', load: () => import('../views/not-found/route.tsx') },
  });
