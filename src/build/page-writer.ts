/**
 * One page's HTML file. Each render is kept in the page cache under the hash of
 * everything it was rendered from, and the output's file is a hard link to it: a page
 * whose inputs did not change is neither rendered nor written again.
 */
import { copyFileSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { bodyHtml } from '../markdown/body-html.ts';
import { mdastToHast } from '../markdown/markdown-to-hast.ts';
import type { PostData } from '../schema/manifest.ts';
import type { SiteConfig } from '../schema/site.ts';
import { dataPaths } from '../lib/paths.ts';
import { renderPage } from '../app/entry-server.tsx';
import type { DataSource } from '../data/source.ts';
import { feedLinks, pageHeadTags } from '../lib/head-tags.ts';
import { pageCacheFile } from './build-cache.ts';
import { renderHtmlPage } from './html-page.ts';
import { htmlFileFor, twinHtmlFileFor, type PageSpec } from './page-paths.ts';
import { chunkFiles, type ViteManifest } from './vite-manifest.ts';

export interface WriteContext {
  site: SiteConfig;
  base: string;
  /** Name of the data folder the pages load from (see dataFileTexts in build-site.ts). */
  dataId: string;
  template: string;
  csp: string;
  manifest: ViteManifest;
  startChunks: { entry: string[]; steps: string[] };
  outDir: string;
  pageCacheDir: string;
}

/** Renders a page with React, from the post's Markdown tree (and its folder) when the caller already parsed it. */
export async function renderPageHtml(
  ctx: WriteContext,
  source: DataSource,
  spec: PageSpec,
  body: { tree: Root; dir: string; title: string } | undefined,
): Promise<string> {
  // The post's data (already parsed for the page) has its images' sizes, as the browser's render gets them.
  const images = body && spec.slug && (await source.json<PostData>(dataPaths.post(spec.slug))).images;
  const postBody =
    body &&
    bodyHtml(await mdastToHast(body.tree, { base: ctx.base, dir: body.dir, title: body.title, ...(images && { images }) }));
  const page = await renderPage(spec.path, { base: ctx.base, dataId: ctx.dataId, source, ...(postBody && { postBody }) });
  return renderHtmlPage(
    ctx.template,
    {
      head: `${pageHeadTags(page.head, ctx.site)}\n    ${feedLinks(ctx.site)}`,
      html: page.html,
      boot: page.boot,
      modules: [
        ...ctx.startChunks.steps,
        ...chunkFiles(ctx.manifest, page.modules, new Set([...ctx.startChunks.entry, ...ctx.startChunks.steps])),
      ].map((file) => ctx.base + file),
    },
    ctx.csp,
  );
}

const cacheFile = (ctx: WriteContext, key: string) => pageCacheFile(ctx.pageCacheDir, key);

// Synchronous file operations: this worker thread has nothing else to do meanwhile, and
// the process's few I/O threads are busy with the files the main thread writes.

export function cachePage(ctx: WriteContext, key: string, html: string): void {
  writeFileSync(cacheFile(ctx, key), html);
}

/** Puts the page's cached render into the output (and its `.html` twin); false if there is none. */
export function placeCachedPage(ctx: WriteContext, spec: PageSpec, key: string): boolean {
  const from = cacheFile(ctx, key);
  const file = path.join(ctx.outDir, htmlFileFor(spec.path));
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    linkSync(from, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    // The cache on another file system, or one without hard links.
    copyFileSync(from, file);
  }
  const twin = twinHtmlFileFor(spec.path);
  if (twin) linkSync(file, path.join(ctx.outDir, twin));
  return true;
}
