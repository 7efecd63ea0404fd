/**
 * The content pipeline inside the dev server: serves the data files from memory at
 * `data/dev/`, rebuilds them when a post is added, changed or deleted, and shows
 * content errors in the page (Vite's overlay) until the file is fixed.
 */
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { SiteConfig } from '../schema/site.ts';
import { formatDiagnostics } from './diagnostics.ts';
import { loadContent, type Content } from './load-content.ts';

export function quireContent({ site, postsDir }: { site: SiteConfig; postsDir: string }): Plugin {
  let content: Promise<Content> | undefined;
  const load = () => (content = loadContent({ postsDir, site, includeDrafts: true }));

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
      server.watcher.add(postsDir);
      const onChange = async (file: string) => {
        if (!file.startsWith(path.resolve(postsDir)) || !file.endsWith('.md')) return;
        if (report(server, await load())) server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
      server.ws.on('connection', async () => void report(server, await (content ?? load())));
      server.middlewares.use(async (req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith(prefix)) return next();
        const file = (await (content ?? load())).files.get(decodeURIComponent(url.slice(prefix.length)));
        res.statusCode = file === undefined ? 404 : 200;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(file === undefined ? '{"error":"not found"}' : JSON.stringify(file));
      });
    },
  };
}
