/** Browser entry: hydrates the prerendered page, or renders when the HTML is for another URL. */
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { readBootData } from './boot-data.ts';
import { markNotFoundAtLoad } from './data/not-found-at-load.ts';
import { queryClient } from './data/query-client.ts';
import { httpSource, setDataSource } from './data/source.ts';
import { withoutBase } from './lib/paths.ts';
import { setPrefetchRoutes } from './routes/prefetch.ts';
import { routeEarlyFragmentLinks } from './routes/post/early-fragment-links.ts';
import { resolveLazy } from './routes/resolve-lazy.ts';
import { isStaleDeployError, reloadOnce } from './routes/root/stale-deploy.ts';
import { routeTable } from './routes/route-table.tsx';
import './styles/global.css';

const base = import.meta.env.BASE_URL;
const basename = base.replace(/\/$/, '') || '/';
const boot = readBootData();
setDataSource(httpSource(base, boot?.dataId ?? 'dev'));
setPrefetchRoutes(routeTable, base);
const client = queryClient();
const container = document.getElementById('QuireApp')!;

/** The path 404.html is rendered for (src/build/page-paths.ts). */
const notFoundPath = '/404';
const routerPath = () => {
  const path = withoutBase(base, location.pathname) || '/';
  return (path.length > 1 ? path.replace(/\/$/, '') : path) + location.search;
};

async function start() {
  const app = (router: ReturnType<typeof createBrowserRouter>) => (
    <StrictMode>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );
  if (boot && boot.path === routerPath()) {
    hydrate(client, boot.queries);
    // The router must not wait for lazy modules while hydrating: load the matched ones first.
    await Promise.all((matchRoutes(routeTable, location, basename) ?? []).map((m) => resolveLazy(m.route)));
    const router = createBrowserRouter(routeTable, { basename, hydrationData: boot.router });
    routeEarlyFragmentLinks((hash) => void router.navigate({ ...router.state.location, hash }));
    hydrateRoot(container, app(router), {
      onRecoverableError: (error) => console.error('Hydration mismatch:', error),
    });
  } else {
    // HTML prerendered for another URL (a filtered list, or 404.html): keep it on screen
    // until this URL's data is loaded, then render over it.
    if (boot) hydrate(client, boot.queries);
    if (boot?.path === notFoundPath) markNotFoundAtLoad(routerPath());
    const router = createBrowserRouter(routeTable, { basename });
    if (!router.state.initialized) {
      await new Promise<void>((resolve) => {
        const unsubscribe = router.subscribe((state) => {
          if (!state.initialized) return;
          unsubscribe();
          resolve();
        });
      });
    }
    createRoot(container).render(app(router));
  }
}

start().catch((error: unknown) => {
  // Code of an older deploy that is gone: reload once to get the new one.
  if (!isStaleDeployError(error) || !reloadOnce()) throw error;
});
