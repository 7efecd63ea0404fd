/** Prerender entry: renders one URL to HTML with the same routes, data layer and renderer. */
import { dehydrate, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { toHtml } from 'hast-util-to-html';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { BootData } from './boot-data.ts';
import { createQueryClient, setQueryClient } from './data/query-client.ts';
import { isInlinedInHtml } from './data/query-keys.ts';
import type { Head, LoaderData } from './lib/head.ts';
import { markdownToHast } from './markdown/markdown-to-hast.ts';
import { routeModules, routeTable } from './routes/route-table.tsx';

import { NotFoundError } from './data/errors.ts';
import type { DataSource } from './data/source.ts';

export { setDataSource } from './data/source.ts';

export interface RenderedPage {
  html: string;
  status: number;
  head: Head;
  boot: BootData;
  /** Source files of the view modules this page uses, for modulepreload. */
  modules: string[];
}

const base = import.meta.env.BASE_URL;
const basename = base.replace(/\/$/, '') || '/';
const handler = createStaticHandler(routeTable, { basename });

export async function renderPage(path: string, buildId: string): Promise<RenderedPage> {
  const client = createQueryClient();
  setQueryClient(client);
  const context = await handler.query(new Request(new URL(base.replace(/\/$/, '') + path, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`${path} redirected while prerendering`);
  if (context.errors) {
    const error = Object.values(context.errors)[0];
    throw new Error(`${path} failed to render: ${error instanceof Error ? error.stack : JSON.stringify(error)}`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={client}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  );
  const heads = context.matches.map((m) => (context.loaderData[m.route.id] as LoaderData | null)?.head);
  const head = heads.filter(Boolean).at(-1)!;
  return {
    html,
    status: context.statusCode,
    head,
    modules: context.matches.flatMap((m) => routeModules[m.route.id] ?? []),
    boot: {
      path,
      buildId,
      queries: dehydrate(client, { shouldDehydrateQuery: (q) => q.state.status === 'success' && isInlinedInHtml(q.queryKey) }),
      router: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
    },
  };
}

/** The prerenderer's data source: the data files in memory, Markdown read from disk. */
export function memorySource(files: Map<string, unknown>, readText: (path: string) => Promise<string>): DataSource {
  return {
    json: async <T,>(path: string) => {
      if (!files.has(path)) throw new NotFoundError(path);
      return files.get(path) as T;
    },
    text: readText,
  };
}

/** A post as standalone sanitized HTML with absolute URLs, for feeds. */
export async function renderPostHtml(markdown: string, baseUrl: string): Promise<string> {
  return toHtml(await markdownToHast(markdown, { base: baseUrl }));
}
