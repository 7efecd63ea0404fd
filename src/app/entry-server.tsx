/** Prerender entry: renders one URL to HTML with the same routes, data layer and views as the browser. */
import { dehydrate } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createQueryClient } from '../data/query-client.ts';
import { isInlinedInHtml, queryKeys } from '../data/query-keys.ts';
import type { Services } from '../data/services.ts';
import type { DataSource } from '../data/source.ts';
import type { Head, LoaderData } from '../lib/head.ts';
import { markdownToBodyHtml, type BodyHtml } from '../markdown/body-html.ts';
import { PageNavigator } from '../navigation/page-navigator.ts';
import { matchRoute } from '../navigation/match-route.ts';
import { routeTable } from '../navigation/routes.ts';
import type { BootData } from './boot-data.ts';
import { AppProviders } from './providers.tsx';
import { createRoutes } from './routes.tsx';
import { createViews } from './view-modules.ts';

export interface RenderedPage {
  html: string;
  status: number;
  head: Head;
  boot: BootData;
  /** Source files of the view modules this page uses, for modulepreload. */
  modules: string[];
}

export interface PageInput {
  /** The site's base path. */
  base: string;
  /** The data folder's name (see build/build-site.ts). */
  dataId: string;
  source: DataSource;
  /** The post's rendered text, when the build has it (saves parsing it again). */
  postBody?: BodyHtml;
}

// Loaded once per process: every page uses the same modules.
const views = createViews();

/** Renders one URL (a router path), with services of its own. */
export async function renderPage(path: string, { base, dataId, source, postBody }: PageInput): Promise<RenderedPage> {
  const services: Services = {
    queryClient: createQueryClient(),
    source,
    base,
    renderMarkdown: async ({ path, about }) => {
      const [markdown, options] = await Promise.all([source.text(path), about]);
      return markdownToBodyHtml(markdown, { base, ...options });
    },
  };
  const match = matchRoute(path);
  if (postBody && match?.route.id === 'post') services.queryClient.setQueryData(queryKeys.postBody(match.params.slug!), postBody);
  const navigator = new PageNavigator(services, views);
  const handler = createStaticHandler(createRoutes(navigator), { basename: base.replace(/\/$/, '') || '/' });
  const context = await handler.query(new Request(new URL(base.replace(/\/$/, '') + path, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`${path} redirected while prerendering`);
  if (context.errors) {
    const error: unknown = Object.values(context.errors)[0];
    throw new Error(`${path} failed to render: ${error instanceof Error ? error.stack : JSON.stringify(error)}`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <AppProviders navigator={navigator}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </AppProviders>,
  );
  const heads = context.matches.map((m) => (context.loaderData[m.route.id] as LoaderData | null)?.head);
  return {
    html,
    status: context.statusCode,
    head: heads.filter(Boolean).at(-1)!,
    modules: context.matches.flatMap((m) => {
      const route = routeTable.find((r) => r.id === m.route.id);
      return route ? [views.source(route.view)] : [];
    }),
    boot: {
      path,
      dataId,
      queries: dehydrate(services.queryClient, {
        shouldDehydrateQuery: (q) => q.state.status === 'success' && isInlinedInHtml(q.queryKey),
      }),
      router: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
    },
  };
}
