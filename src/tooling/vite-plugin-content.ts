/**
 * The content pipeline inside the dev server: serves the data files from memory at
 * `data/dev/`, re-analyses only the post that was added, changed or deleted (see
 * dev-content.ts), reloads the page after every change, and shows content errors in the
 * page (Vite's overlay) until the files are fixed. Analyses are cached between runs, so
 * a large blog starts quickly.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin, ViteDevServer } from 'vite';
import { readJson, writeJson } from '../build/build-cache.ts';
import type { SiteConfig } from '../schema/site.ts';
import type { AnalysisCache } from '../build/analysis.ts';
import { DevContent } from './dev-content.ts';
import { devUpdates, type Settled } from './dev-updates.ts';
import { formatDiagnostics } from '../content/diagnostics.ts';

/** The overlay's text while something is wrong, or nothing. */
function problem({ content, failure }: Settled): string | undefined {
  if (failure) return `The posts could not be read:\n${failure.stack ?? failure.message}`;
  if (content?.diagnostics.some((d) => d.severity === 'error'))
    return `Problems in the posts:\n${formatDiagnostics(content.diagnostics)}`;
  return undefined;
}

function showProblem(server: ViteDevServer, message: string) {
  server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'quire-content' } });
}

export function quireContent({ site, postsDir, cacheFile }: { site: SiteConfig; postsDir: string; cacheFile: string }): Plugin {
  return {
    name: 'quire-content',
    apply: 'serve',
    configureServer(server) {
      const prefix = `${server.config.base}data/dev/`;
      const postsAbs = path.resolve(postsDir);
      const state = new DevContent({ postsDir, site, publicDir: server.config.publicDir });
      const updates = devUpdates(
        {
          async load() {
            await state.load((await readJson<AnalysisCache>(cacheFile)) ?? {});
            // The cache only speeds up the next start: failing to write it is no reason to stop.
            await writeJson(cacheFile, state.cacheEntries()).catch((error: Error) =>
              server.config.logger.warn(`The dev cache ${cacheFile} was not written: ${error.message}`),
            );
          },
          touched: (file) => state.touched(file),
          content: () => state.content(),
        },
        (settled, first) => {
          const text = settled.content && formatDiagnostics(settled.content.diagnostics);
          if (text) server.config.logger.warn(text);
          if (settled.failure) {
            server.config.logger.error(settled.failure.stack ?? settled.failure.message);
            showProblem(server, problem(settled)!);
          }
          // A reload shows the new content and clears the overlay; a page that connects
          // while a problem remains is shown it again (below).
          else if (!first) server.ws.send({ type: 'full-reload' });
        },
      );
      server.watcher.add(postsAbs);
      server.watcher.on('all', (_event, file) => {
        const inPosts = path.relative(postsAbs, path.resolve(file));
        if (inPosts && !inPosts.startsWith('..') && !path.isAbsolute(inPosts)) updates.notify(file);
      });
      server.ws.on('connection', () => {
        void updates.settled().then((settled) => {
          const text = problem(settled);
          if (text) showProblem(server, text);
        });
      });
      const postsPrefix = `${server.config.base}posts/`;
      const serve = async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const url = req.url?.split('?')[0] ?? '';
        // Posts and their images come from the posts folder, wherever QUIRE_POSTS_DIR puts it.
        if (url.startsWith(postsPrefix)) {
          const name = decodeURIComponent(url.slice(postsPrefix.length));
          // `<slug>.md` is where the app asks for every post's Markdown, a folder post's too.
          const source = (await updates.settled()).content?.sources.get(name.replace(/\.md$/, ''));
          const file = path.join(postsAbs, name.endsWith('.md') && source ? source : name);
          if (!file.startsWith(postsAbs + path.sep)) return next();
          return readFile(file).then(
            (body) => {
              const type = file.endsWith('.md')
                ? 'text/markdown; charset=utf-8'
                : file.endsWith('.svg')
                  ? 'image/svg+xml'
                  : undefined;
              if (type) res.setHeader('content-type', type);
              // An edited post or image must show after the reload that follows the edit.
              res.setHeader('cache-control', 'no-cache');
              res.end(body);
            },
            () => next(),
          );
        }
        if (!url.startsWith(prefix)) return next();
        const { content, failure } = await updates.settled();
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        if (!content) {
          // The posts could not be read at all; the overlay says why.
          res.statusCode = 503;
          return res.end(JSON.stringify({ error: failure?.message ?? 'no content' }));
        }
        const file = content.files.get(decodeURIComponent(url.slice(prefix.length)));
        res.statusCode = file === undefined ? 404 : 200;
        res.end(file === undefined ? '{"error":"not found"}' : JSON.stringify(file));
      };
      server.middlewares.use((req, res, next) => void serve(req, res, next));
    },
  };
}
