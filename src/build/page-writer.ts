/**
 * Writes one page's HTML file. The finished page is cached with a stand-in for the
 * build id (the only part that changes when other posts change), so a page whose inputs
 * did not change is copied from the cache instead of rendered again. Otherwise it is
 * rendered with React, from the post's Markdown tree when the caller already parsed it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { markdownPath } from '../lib/paths.ts';
import { mdastToHast } from '../markdown/markdown-to-hast.ts';
import type { SiteConfig } from '../schema/site.ts';
import { renderPage } from '../entry-server.tsx';
import { writeFileIn } from './build-cache.ts';
import { feedLinks, pageHeadTags } from '../lib/head-tags.ts';
import { renderHtmlPage } from './html-page.ts';
import { htmlFileFor, type PageSpec } from './page-paths.ts';
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

async function renderHtml(ctx: WriteContext, spec: PageSpec, tree: Root | undefined): Promise<string> {
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

export async function writePage(
  ctx: WriteContext,
  spec: PageSpec,
  key: string,
  tree?: Root,
): Promise<'cached' | 'rendered'> {
  const cacheFile = path.join(ctx.pageCacheDir, `${key}.html`);
  let html = await readFile(cacheFile, 'utf8').catch(() => undefined);
  const outcome = html === undefined ? 'rendered' : 'cached';
  if (html === undefined) {
    html = await renderHtml(ctx, spec, tree);
    await writeFileIn(cacheFile, html);
  }
  await writeFileIn(path.join(ctx.outDir, htmlFileFor(spec.path)), html.replaceAll(buildIdStandIn, ctx.buildId));
  return outcome;
}
