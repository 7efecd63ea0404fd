/** The app in the browser: hydrates the prerendered page, or renders when the HTML is for another URL. */
import { hydrate } from '@tanstack/react-query';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '../data/query-client.ts';
import { queryKeys } from '../data/query-keys.ts';
import type { Services } from '../data/services.ts';
import type { SiteIndex } from '../schema/manifest.ts';
import { httpSource, noFileError } from '../data/source.ts';
import { elementIds } from '../lib/element-ids.ts';
import { fetchFile } from '../lib/fetch-file.ts';
import { afterLoad, whenIdle } from '../lib/when-idle.ts';
import { withoutBase, withoutTrailingSlash } from '../lib/paths.ts';
import { PageNavigator } from '../navigation/page-navigator.ts';
import type { ViewModule } from '../navigation/views.ts';
import { matchRoute } from '../navigation/match-route.ts';
import { routePaths } from '../navigation/routes.ts';
import { readBootData } from './boot-data.ts';
import { startOffline } from './offline.ts';
import { AppProviders } from './providers.tsx';
import { createRoutes } from './routes.tsx';
import { createViews } from './view-modules.ts';
import { readPrerenderedBody } from '../views/post/prerendered-body.ts';
import { screenfulChars } from '../views/post/screenful.ts';

const base = import.meta.env.BASE_URL;
const basename = base.replace(/\/$/, '') || '/';
const boot = readBootData();
const container = document.getElementById(elementIds.app)!;

const routerPath = () => withoutTrailingSlash(withoutBase(base, location.pathname) || '/') + location.search;
const hydrating = boot !== undefined && boot.path === routerPath();

/** In the post view's chunk, with the worker it starts: pages without a post never load them. */
type Renderer = NonNullable<ViewModule['markdownRenderer']>;
let renderer: Renderer | undefined;
const markdownRenderer = async (): Promise<Renderer> => {
  renderer ??= (await views.load('post')).markdownRenderer!;
  renderer.startWorker();
  return renderer;
};

const services: Services = {
  queryClient: createQueryClient(),
  // Once the Markdown worker runs, it fetches the data too: a post's data leaves with its Markdown.
  source: httpSource(base, boot?.dataId ?? 'dev', (url) => (renderer ? renderer.fetchInWorker(url) : fetchFile(url))),
  base,
  renderMarkdown: async ({ path, about }, highlighted) => {
    const screenful = screenfulChars(innerWidth, innerHeight);
    const options = about.then((given) => ({ base, screenful, ...given }));
    // A running worker fetches the Markdown itself: its text no longer waits for the main thread (0031).
    const running = renderer?.fetchesFiles() ? renderer : undefined;
    if (running) {
      const url = base + path;
      return running.renderInWorker({ url, options }, highlighted).catch((error: unknown) => {
        throw error instanceof running.MarkdownNotFetched ? noFileError(url, error.noFile) : error;
      });
    }
    // Else the worker starts while the post's files are on their way. Its highlighter does not:
    // it would share the phone's link with them, and the text no longer waits for it (0029).
    const markdown = services.source.text(path);
    const [loaded, text, given] = await Promise.all([renderer ?? markdownRenderer(), markdown, options]);
    return loaded.renderInWorker({ markdown: text, options: given }, highlighted);
  },
  ...(hydrating && matchRoute(boot.path)?.route.id === 'post' && { prerendered: readPrerenderedBody(container, boot.path) }),
  ...(hydrating && { headInPlace: true }),
};
const views = createViews();
const navigator = new PageNavigator(services, views);

/** Offline reading is for the built site, not the dev server; `offline: false` in site.config.ts turns it off. */
function offline(router: ReturnType<typeof createBrowserRouter>) {
  if (import.meta.env.DEV) return;
  const enabled = () => services.queryClient.getQueryData<SiteIndex>(queryKeys.site())?.site.offline !== false;
  startOffline({ base, enabled, router });
}

/** Starts the app; `nextTask` lets the browser paint and handle input between the steps. */
export async function startApp(nextTask: () => Promise<void>) {
  const app = (router: ReturnType<typeof createBrowserRouter>) => (
    <AppProviders navigator={navigator}>
      <RouterProvider router={router} />
    </AppProviders>
  );
  if (hydrating) {
    hydrate(services.queryClient, boot.queries);
    // The router must not wait for the view's module while hydrating: load it first.
    const match = matchRoute(boot.path);
    if (match) await views.load(match.route.view);
    await nextTask();
    const router = createBrowserRouter(createRoutes(navigator), { basename, hydrationData: boot.router });
    navigator.fragments.install((hash) => void router.navigate({ ...router.state.location, hash }));
    await nextTask();
    // In a transition, hydration yields to the browser every few milliseconds instead of
    // holding the main thread for the whole page (as React Router's own entry does).
    startTransition(() => {
      hydrateRoot(container, app(router), {
        onRecoverableError: (error) => console.error('Hydration mismatch:', error),
      });
    });
    // From a post, the next page is most likely another post: its renderer is ready when the
    // reader follows a link that was not prefetched (two requests, after load, when idle).
    if (services.prerendered) afterLoad(() => whenIdle(() => void markdownRenderer().catch(() => undefined)));
    offline(router);
  } else {
    // HTML prerendered for another URL (a filtered list, or 404.html): keep it on screen
    // until this URL's data is loaded, then render over it.
    if (boot) hydrate(services.queryClient, boot.queries);
    const notFoundAtLoad = boot?.path === routePaths.notFound() ? routerPath() : undefined;
    const router = createBrowserRouter(createRoutes(navigator, { notFoundAtLoad }), { basename });
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
    offline(router);
  }
}
