/**
 * A plain static file server, as a CDN or nginx serves dist/: files by path, `/x` from
 * `x.html` (as GitHub Pages, Netlify and Cloudflare Pages do, and nginx with
 * `try_files $uri $uri.html $uri/`), a folder's index.html (redirecting `/dir` to `/dir/`),
 * 404.html with status 404 for anything else. No SPA fallback, no rewrites. Optionally
 * gzip, mounted under a sub-path, folders only (no `x.html`, as S3's website endpoint), or
 * with the caching the README's deploy section asks of a host (`assets/` forever, the rest
 * revalidated by date).
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

export interface ServeOptions {
  dir: string;
  port: number;
  /** Sub-path the site is mounted at, e.g. `/blog/`. */
  base?: string;
  gzip?: boolean;
  /** Only folders' index.html, no `/x` → `x.html`. */
  foldersOnly?: boolean;
  /** `Cache-Control` as deployed: immutable for `assets/`, `no-cache` with `Last-Modified` (and 304s) for the rest. */
  caching?: boolean;
}

export function serveStatic({
  dir,
  port,
  base = '/',
  gzip = false,
  foldersOnly = false,
  caching = false,
}: ServeOptions): Promise<Server> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => void respond(req, res));
  async function respond(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = async (file: string, status: number) => {
      const type = types[path.extname(file)] ?? 'application/octet-stream';
      res.setHeader('content-type', type);
      if (caching && status === 200) {
        if (url.pathname.startsWith(`${base}assets/`)) {
          res.setHeader('cache-control', 'public, max-age=31536000, immutable');
        } else {
          const modified = new Date(Math.floor((await stat(file)).mtimeMs / 1000) * 1000);
          res.setHeader('cache-control', 'no-cache');
          res.setHeader('last-modified', modified.toUTCString());
          const since = Date.parse(String(req.headers['if-modified-since']));
          if (since >= modified.getTime()) return void res.writeHead(304).end();
        }
      }
      const compress = gzip && /gzip/.test(String(req.headers['accept-encoding'])) && /text|json|xml|svg/.test(type);
      if (compress) {
        const body = gzipSync(await readFile(file));
        res.writeHead(status, { 'content-encoding': 'gzip', 'content-length': body.length, vary: 'accept-encoding' });
        res.end(req.method === 'HEAD' ? undefined : body);
      } else {
        res.writeHead(status, { 'content-length': (await stat(file)).size });
        if (req.method === 'HEAD') res.end();
        else createReadStream(file).pipe(res);
      }
    };
    const notFound = () => send(path.join(root, '404.html'), 404).catch(() => res.writeHead(404).end('Not found'));
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) return res.writeHead(301, { location: base }).end();
      return notFound();
    }
    const file = path.join(root, pathname.slice(base.length));
    if (!file.startsWith(root)) return notFound();
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return send(file, 200);
    if (!foldersOnly && !pathname.endsWith('/') && (await stat(`${file}.html`).catch(() => undefined))?.isFile()) {
      return send(`${file}.html`, 200);
    }
    if (info?.isDirectory()) {
      if (!pathname.endsWith('/')) return res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      const index = path.join(file, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return send(index, 200);
    }
    return notFound();
  }
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
