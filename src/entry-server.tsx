/** Prerender entry: renders one URL to HTML with the same routes, data layer and renderer. */
import { dehydrate, QueryClientProvider } from '@tanstack/react-query';
import type { Root as HastRoot } from 'hast';
import { StrictMode } from 'react';
import { toHtml } from 'hast-util-to-html';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import type { BootData } from './boot-data.ts';
import { createQueryClient, setQueryClient } from './data/query-client.ts';
import { isInlinedInHtml, queryKeys } from './data/query-keys.ts';
import type { Head, LoaderData } from './lib/head.ts';
import { markdownToHast } from './markdown/markdown-to-hast.ts';
import rehypeAbsoluteFragments from './markdown/plugins/rehype-absolute-fragments.ts';
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

/** Renders one URL. `postBody`, when given, is the post's rendered Markdown (saves parsing it again). */
export async function renderPage(path: string, dataId: string, postBody?: HastRoot): Promise<RenderedPage> {
  const client = createQueryClient();
  setQueryClient(client);
  const slug = /^\/posts\/([^/]+)$/.exec(path)?.[1];
  if (postBody && slug) client.setQueryData(queryKeys.postBody(slug), postBody);
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
    modules: routeModules(context.matches.map((m) => m.route.id)),
    boot: {
      path,
      dataId,
      queries: dehydrate(client, { shouldDehydrateQuery: (q) => q.state.status === 'success' && isInlinedInHtml(q.queryKey) }),
      router: { loaderData: context.loaderData, actionData: context.actionData, errors: context.errors },
    },
  };
}

/** The prerenderer's data source: this build's data files (in memory) and the posts, read from disk. */
export function buildSource(dataFiles: Map<string, string>, postsDir: string): DataSource {
  const parsed = new Map<string, unknown>();
  return {
    json: async <T,>(name: string) => {
      if (!parsed.has(name)) {
        const text = dataFiles.get(name);
        if (text === undefined) throw new NotFoundError(name);
        parsed.set(name, JSON.parse(text));
      }
      return parsed.get(name) as T;
    },
    text: (name) =>
      readFile(path.join(postsDir, name.replace(/^posts\//, '')), 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? new NotFoundError(name) : error;
      }),
  };
}

/** A post as standalone sanitized HTML with absolute URLs (fragments too: `pageUrl#x`), for feeds. */
export async function renderPostHtml(markdown: string, baseUrl: string, pageUrl: string): Promise<string> {
  const tree = await markdownToHast(markdown, { base: baseUrl });
  rehypeAbsoluteFragments({ pageUrl })(tree);
  return toHtml(tree);
}
