/**
 * Every URL of the blog. Each view is its own folder and chunk, loaded on demand;
 * the same table serves the browser and the prerenderer. The pages themselves are
 * rendered by the page stack, which can also render a page before it is visited.
 */
import { data, type LoaderFunction, type RouteObject } from 'react-router';
import { isNotFoundAtLoad } from '../data/not-found-at-load.ts';
import { PageStack, PageStackError } from './page-stack/page-stack.tsx';
import { loader as rootLoader, RootLayout } from './root/route.tsx';
import { RouteError } from './root/route-error.tsx';
import { withoutBase } from '../lib/paths.ts';
import { afterRevealedPaint } from './page-stack/prerender-queue.ts';
import { loadView, viewRoutes, viewSource } from './views.ts';

const basePath = import.meta.env.BASE_URL;

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
        Component: PageStack,
        ErrorBoundary: PageStackError,
        children: viewRoutes.map(({ id, path, index, view }) => ({
          id,
          ...(index ? { index } : { path }),
          // The router runs the view's loader; the page stack renders its Component, so
          // the router's own outlet stays empty.
          element: null,
          lazy: async () => ({ loader: afterPaintIfRevealed((await loadView(view)).loader) }),
        })) as RouteObject[],
      },
    ],
  },
];

/** A view's loader that, for a page already revealed by the page stack, resolves after it is painted. */
function afterPaintIfRevealed(loader: LoaderFunction | undefined): LoaderFunction | undefined {
  if (!loader) return undefined;
  return async (args) => {
    const url = new URL(args.request.url);
    const path = (withoutBase(basePath, url.pathname) || '/').replace(/(.)\/$/, '$1') + url.search;
    // Served as 404.html: no data file exists for this URL, so none is asked for.
    if (isNotFoundAtLoad(path)) throw data(null, { status: 404 });
    const result: unknown = await loader(args);
    await afterRevealedPaint(withoutBase(basePath, url.pathname) + url.search);
    return result;
  };
}

/** Source files of the view modules a page uses, for preloading its chunk from its HTML. */
export const routeModules = (routeIds: string[]): string[] => routeIds.flatMap((id) => viewSource(id) ?? []);
