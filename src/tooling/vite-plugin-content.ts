/**
 * The content pipeline inside the dev server: serves the data files from memory at
 * `data/dev/`, re-analyses only the post that was added, changed or deleted, and shows
 * content errors in the page (Vite's overlay) until the file is fixed. Analyses are
 * shared with the build's cache, so a large blog starts quickly after a build.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readJson, writeJson } from '../build/build-cache.ts';
import type { SiteConfig } from '../schema/site.ts';
import { analyse, cacheKey, type Analysis, type AnalysisCache } from '../build/analysis.ts';
import { formatDiagnostics } from '../content/diagnostics.ts';
import { assembleContent, listPostFiles, type Content } from '../content/load-content.ts';

export function quireContent({ site, postsDir, cacheFile }: { site: SiteConfig; postsDir: string; cacheFile: string }): Plugin {
  const analyses = new Map<string, Analysis>();
  let content: Promise<Content> | undefined;
  const display = (file: string) => path.relative(process.cwd(), file);

  async function loadAll(): Promise<Content> {
    const cache = (await readJson<AnalysisCache>(cacheFile)) ?? {};
    for (const file of await listPostFiles(postsDir)) {
      const { tree: _tree, ...analysis } = await analyse(file, cache);
      analyses.set(file.path, analysis);
    }
    await writeJson(cacheFile, Object.fromEntries([...analyses.values()].map((a) => [cacheKey(a.file, a.hash), a])));
    return assembleContent([...analyses.values()], { postsDir, site, includeDrafts: true });
  }

  async function update(file: string, removed: boolean): Promise<Content> {
    if (removed) analyses.delete(file);
    else {
      const { tree: _tree, ...analysis } = await analyse({ path: file, file: display(file) });
      analyses.set(file, analysis);
    }
    return assembleContent([...analyses.values()], { postsDir, site, includeDrafts: true });
  }

  function report(server: ViteDevServer, result: Content) {
    const text = formatDiagnostics(result.diagnostics);
    if (text) server.config.logger.warn(text);
    if (result.diagnostics.some((d) => d.severity === 'error')) {
      server.ws.send({ type: 'error', err: { message: `Problems in the posts:\n${text}`, stack: '', plugin: 'quire-content' } });
      return false;
    }
    return true;
  }

  return {
    name: 'quire-content',
    apply: 'serve',
    configureServer(server) {
      const prefix = `${server.config.base}data/dev/`;
      const postsAbs = path.resolve(postsDir);
      server.watcher.add(postsAbs);
      const current = () => (content ??= loadAll());
      const onChange = (removed: boolean) => async (file: string) => {
        if (path.dirname(file) !== postsAbs || !file.endsWith('.md')) return;
        await current();
        content = update(file, removed);
        if (report(server, await content)) server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', onChange(false));
      server.watcher.on('change', onChange(false));
      server.watcher.on('unlink', onChange(true));
      server.ws.on('connection', async () => void report(server, await current()));
      const postsPrefix = `${server.config.base}posts/`;
      server.middlewares.use(async (req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        // Posts and their images come from the posts folder, wherever QUIRE_POSTS_DIR puts it.
        if (url.startsWith(postsPrefix)) {
          const file = path.join(postsAbs, decodeURIComponent(url.slice(postsPrefix.length)));
          if (!file.startsWith(postsAbs + path.sep)) return next();
          return readFile(file).then(
            (body) => {
              const type = file.endsWith('.md') ? 'text/markdown; charset=utf-8' : file.endsWith('.svg') ? 'image/svg+xml' : undefined;
              if (type) res.setHeader('content-type', type);
              res.end(body);
            },
            () => next(),
          );
        }
        if (!url.startsWith(prefix)) return next();
        const file = (await current()).files.get(decodeURIComponent(url.slice(prefix.length)));
        res.statusCode = file === undefined ? 404 : 200;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(file === undefined ? '{"error":"not found"}' : JSON.stringify(file));
      });
    },
  };
}
