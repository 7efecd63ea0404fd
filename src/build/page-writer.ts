/**
 * One page's HTML file. The finished page is cached with a stand-in for the build id
 * (the only part that changes when other posts change), so a page whose inputs did not
 * change is copied from the cache instead of rendered again.
 */
import { link, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { markdownPath } from '../lib/paths.ts';
import { mdastToHast } from '../markdown/markdown-to-hast.ts';
import type { SiteConfig } from '../schema/site.ts';
import { renderPage } from '../entry-server.tsx';
import { writeFileIn } from './build-cache.ts';
import { feedLinks, pageHeadTags } from '../lib/head-tags.ts';
import { renderHtmlPage } from './html-page.ts';
import { htmlFileFor, twinHtmlFileFor, type PageSpec } from './page-paths.ts';
import { chunkFiles, type ViteManifest } from './vite-manifest.ts';

export interface WriteContext {
  site: SiteConfig;
  base: string;
  buildId: string;
  template: string;
  csp: string;
  manifest: ViteManifest;
  entryChunks: string[];
  outDir: string;
  pageCacheDir: string;
}

const buildIdStandIn = '__QUIRE_BUILD_ID__';

/** Renders a page with React (with the build id stand-in), from the post's Markdown tree when the caller already parsed it. */
export async function renderPageHtml(ctx: WriteContext, spec: PageSpec, tree: Root | undefined): Promise<string> {
  const body = tree && (await mdastToHast(tree, { base: ctx.base }));
  const page = await renderPage(spec.path, buildIdStandIn, body);
  return renderHtmlPage(
    ctx.template,
    {
      head: `${pageHeadTags(page.head, ctx.site)}\n    ${feedLinks(ctx.site)}`,
      html: page.html,
      boot: page.boot,
      modules: chunkFiles(ctx.manifest, page.modules, new Set(ctx.entryChunks)).map((file) => ctx.base + file),
      fetches: spec.slug ? [ctx.base + markdownPath(spec.slug)] : [],
    },
    ctx.csp,
  );
}

/** A page's HTML from the cache (with the build id stand-in), if its inputs did not change. */
export const cachedPage = (ctx: WriteContext, key: string): Promise<string | undefined> =>
  readFile(path.join(ctx.pageCacheDir, `${key}.html`), 'utf8').catch(() => undefined);

export const cachePage = (ctx: WriteContext, key: string, html: string): Promise<void> =>
  writeFileIn(path.join(ctx.pageCacheDir, `${key}.html`), html);

export async function writeOutputPage(ctx: WriteContext, spec: PageSpec, html: string): Promise<void> {
  const file = path.join(ctx.outDir, htmlFileFor(spec.path));
  await writeFileIn(file, html.replaceAll(buildIdStandIn, ctx.buildId));
  const twin = twinHtmlFileFor(spec.path);
  if (twin) await link(file, path.join(ctx.outDir, twin));
}
