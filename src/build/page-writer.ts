/**
 * Writes one page's HTML file: its render comes from the page cache when nothing it
 * was rendered from has changed, otherwise from React (with the post's Markdown tree
 * when the caller already parsed it).
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { markdownPath } from '../lib/paths.ts';
import { mdastToHast } from '../markdown/markdown-to-hast.ts';
import type { SiteConfig } from '../schema/site.ts';
import { renderPage, type RenderedPage } from '../entry-server.tsx';
import { readJson, writeFileIn, writeJson } from './build-cache.ts';
import { headTags } from './head-tags.ts';
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

type CachedRender = Omit<RenderedPage, 'boot'> & { boot: Omit<RenderedPage['boot'], 'buildId'> };

export async function writePage(
  ctx: WriteContext,
  spec: PageSpec,
  key: string,
  tree?: Root,
): Promise<'cached' | 'rendered'> {
  const cacheFile = path.join(ctx.pageCacheDir, `${key}.json`);
  let page = await readJson<CachedRender>(cacheFile);
  const outcome = page ? 'cached' : 'rendered';
  if (!page) {
    const body = tree && (await mdastToHast(tree, { base: ctx.base }));
    const { boot, ...rest } = await renderPage(spec.path, ctx.buildId, body);
    const { buildId: _buildId, ...bootWithoutBuild } = boot;
    page = { ...rest, boot: bootWithoutBuild };
    await writeJson(cacheFile, page);
  }
  const modules = chunkFiles(ctx.manifest, page.modules, new Set(ctx.entryChunks)).map((file) => ctx.base + file);
  const html = renderHtmlPage(
    ctx.template,
    {
      head: headTags(page.head, ctx.site),
      html: page.html,
      boot: { ...page.boot, buildId: ctx.buildId },
      modules,
      fetches: spec.slug ? [ctx.base + markdownPath(spec.slug)] : [],
    },
    ctx.csp,
  );
  await writeFileIn(path.join(ctx.outDir, htmlFileFor(spec.path)), html);
  return outcome;
}
