/**
 * The router's routes, made from the route table (navigation/routes.ts) and the views'
 * modules, for one page navigator and its services. The pages themselves are rendered by
 * the page stack, which can also render a page before it is visited; the router runs
 * their loaders and its own outlet stays empty.
 */
import { data, type LoaderFunction, type RouteObject } from 'react-router';
import { withoutBase } from '../lib/paths.ts';
import type { PageNavigator } from '../navigation/page-navigator.ts';
import { PageStack, PageStackError } from '../navigation/page-stack/page-stack.tsx';
import { routeTable, type RouteEntry } from '../navigation/routes.ts';
import type { ViewModule } from '../navigation/views.ts';
import { RouteError } from '../views/root/route-error.tsx';
import { loader as rootLoader, RootLayout } from '../views/root/route.tsx';

const MainError = () => (
  <PageStackError>
    <RouteError />
  </PageStackError>
);

export interface RouteOptions {
  /**
   * The router path this document was served for as 404.html: a static host answers a URL
   * it has no file for with that page, and every page of the blog has its file, so the URL
   * is known to be missing; its loaders must not ask for data files that cannot exist.
   */
  notFoundAtLoad?: string | undefined;
}

export function createRoutes(navigator: PageNavigator, { notFoundAtLoad }: RouteOptions = {}): RouteObject[] {
  const { services, views, queue } = navigator;

  /** A view's loader; for a page the page stack has already revealed, it resolves after the paint. */
  const loaderOf = ({ loader }: ViewModule): LoaderFunction | undefined =>
    loader &&
    (async ({ params, request }) => {
      const url = new URL(request.url);
      const path = withoutBase(services.base, url.pathname) + url.search;
      if (notFoundAtLoad !== undefined && path.replace(/(.)\/(\?|$)/, '$1$2') === notFoundAtLoad)
        throw data(null, { status: 404 });
      const result = await loader({ params, request }, services);
      await queue.afterRevealedPaint(path);
      return result;
    });

  // A view already loaded gets its loader at once: the router must not wait for a lazy
  // module while hydrating (it would render its fallback over the prerendered page).
  const viewRoute = ({ id, pattern, view }: RouteEntry): RouteObject => {
    const loaded = views.loaded(view);
    return {
      id,
      ...(pattern === '/' ? { index: true } : { path: pattern.slice(1) }),
      element: null,
      ...(loaded ? { loader: loaderOf(loaded) } : { lazy: async () => ({ loader: loaderOf(await views.load(view)) }) }),
    };
  };

  return [
    {
      id: 'root',
      path: '/',
      Component: RootLayout,
      loader: () => rootLoader(services),
      ErrorBoundary: RouteError,
      HydrateFallback: () => <p className="loading">Loading…</p>,
      children: [{ id: 'main', Component: PageStack, ErrorBoundary: MainError, children: routeTable.map(viewRoute) }],
    },
  ];
}
