/**
 * The router's routes, made from the route table (navigation/routes.ts) and the views'
 * modules, for one page navigator and its services. The pages themselves are rendered by
 * the page stack, which can also render a page before it is visited; the router runs
 * their loaders and its own outlet stays empty.
 */
import type { LoaderFunction, RouteObject } from 'react-router';
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

export function createRoutes(navigator: PageNavigator): RouteObject[] {
  const { services, views, queue } = navigator;

  /** A view's loader; for a page the page stack has already revealed, it resolves after the paint. */
  const loaderOf = ({ loader }: ViewModule): LoaderFunction | undefined =>
    loader &&
    (async ({ params, request }) => {
      const data = await loader({ params, request }, services);
      const url = new URL(request.url);
      await queue.afterRevealedPaint(withoutBase(services.base, url.pathname) + url.search);
      return data;
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
