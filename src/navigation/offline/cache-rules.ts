/**
 * What the service worker (app/service-worker.ts) keeps, where, and how it answers: pure
 * functions of a request's URL and the deploy, so they are tested without a browser.
 */
import { dataFolder, dataPaths, markdownPath, withBase } from '../../lib/paths.ts';
import { routePaths } from '../routes.ts';

/** What the build tells the worker about its deploy (written at the top of `sw.js`). */
export interface OfflineDeploy {
  /** Changes with every deploy that changes any file: the cache's name. */
  buildId: string;
  /** The data folder of this deploy (`data/<dataId>/`). */
  dataId: string;
  /** The site's base path, `/` or `/blog/`. */
  base: string;
  /** The offline page's HTML, with a marker for the list of kept posts: in the worker's script, so no request of its own. */
  offlinePage: string;
  /** Every file of `assets/`: kept when a reader saves posts to read them in the app offline. */
  code: string[];
}

/** The worker's file, beside index.html. */
export const workerFile = 'sw.js';

/**
 * One cache per deploy, named for its base and build: pages, data and code of two deploys
 * never share one, and a page from the cache runs with the code it was built with.
 */
const cachePrefix = (base: string) => `quire-offline:${base}:`;
export const cacheName = (deploy: Pick<OfflineDeploy, 'base' | 'buildId'>) => cachePrefix(deploy.base) + deploy.buildId;
/** Caches this site's earlier deploys left (not another site's on the same origin). */
export const isOlderCache = (name: string, deploy: Pick<OfflineDeploy, 'base' | 'buildId'>) =>
  name.startsWith(cachePrefix(deploy.base)) && name !== cacheName(deploy);
/** Every cache of this site, for turning offline reading off. */
export const isSiteCache = (name: string, base: string) => name.startsWith(cachePrefix(base));

/**
 * How a request is answered: a page (network first, the cache when the network fails or is
 * slow, else the offline page), a hashed asset (cache first: its name changes with its
 * content), content (data and Markdown: network first, then the cache), or not at all.
 */
export type Strategy = 'page' | 'asset' | 'content' | 'network';

export function strategyFor(
  request: { url: string; method: string; mode: string },
  origin: string,
  deploy: OfflineDeploy,
): Strategy {
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== origin || !url.pathname.startsWith(deploy.base)) return 'network';
  if (request.mode === 'navigate') return 'page';
  const path = url.pathname.slice(deploy.base.length);
  if (path.startsWith('assets/')) return 'asset';
  // Another deploy's data folder is that deploy's: an open tab of it reloads (data/stale-deploy.ts).
  if (path.startsWith(dataFolder(deploy.dataId)) || path.startsWith('posts/')) return 'content';
  return 'network';
}

/** A URLPattern's pathname that matches `path` as it is (its special characters escaped). */
const literalPattern = (path: string) => path.replace(/[\\:*?+(){}]/g, '\\$&');

/**
 * The content the worker leaves to the network (its static routes, where the browser has
 * them): this deploy's data and the posts' Markdown, which a click waits for, so that their
 * requests skip the worker's hop. Offline, the page reads the kept copy itself (lib/fetch-file.ts).
 * Not the images beside a folder post: the worker still keeps those as they pass.
 */
const routedContent = (deploy: Pick<OfflineDeploy, 'base' | 'dataId'>) => [
  { prefix: withBase(deploy.base, dataFolder(deploy.dataId)), suffix: '' },
  { prefix: withBase(deploy.base, 'posts/'), suffix: '.md' },
];

/** The routes' URL patterns (pathnames). */
export const networkRoutes = (deploy: Pick<OfflineDeploy, 'base' | 'dataId'>): string[] =>
  routedContent(deploy).map(({ prefix, suffix }) => `${literalPattern(prefix)}*${suffix}`);

/** Whether a URL is one the routes leave to the network. */
export const isNetworkRouted = (url: string, deploy: Pick<OfflineDeploy, 'base' | 'dataId'>): boolean => {
  const { pathname } = new URL(url);
  return routedContent(deploy).some(({ prefix, suffix }) => pathname.startsWith(prefix) && pathname.endsWith(suffix));
};

/** Only complete, successful, same-origin answers are kept: never an error page or a redirect. */
export const isKeepable = (response: { ok: boolean; status: number; type: string; redirected?: boolean }) =>
  response.ok && response.status === 200 && response.type === 'basic';

/**
 * The key a page is kept under: hosts serve `/posts/x` as `posts/x.html` or (after a
 * redirect) `posts/x/`, and the query only filters what the app shows.
 */
export function pageKey(url: string, base: string): string {
  const { origin, pathname } = new URL(url);
  let path = pathname.replace(/\/index\.html$/, '/').replace(/\.html$/, '');
  if (path.length > base.length) path = path.replace(/\/$/, '');
  return origin + path;
}

/** A kept page's post slug, if it is a post's page. */
export function postSlugOf(key: string, base: string): string | undefined {
  const { pathname } = new URL(key);
  const prefix = withBase(base, routePaths.post(''));
  const slug = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
  return /^[a-z0-9-]+$/.test(slug) ? slug : undefined;
}

/** What reading a post offline needs besides the code: its page, its data and its Markdown. */
export function postFiles(slug: string, origin: string, deploy: OfflineDeploy): string[] {
  return [
    withBase(deploy.base, routePaths.post(slug)),
    withBase(deploy.base, dataFolder(deploy.dataId) + dataPaths.post(slug)),
    withBase(deploy.base, markdownPath(slug)),
  ].map((path) => origin + path);
}

/** How long a page waits for the network before the kept copy is shown. */
export const networkTimeoutMs = 3000;

/** The app's files a kept page loads (its module script and modulepreloads): what it needs to run offline. */
export function pageCode(html: string, origin: string, base: string): string[] {
  const prefix = withBase(base, 'assets/');
  const files = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  return [...new Set(files.filter((file) => file.startsWith(prefix)))].map((file) => origin + file);
}
