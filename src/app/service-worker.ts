/**
 * The service worker (`sw.js`, written by the build when offline reading is on): keeps
 * each post the reader opens, with the code its page loads (and its data and Markdown);
 * all of the app's code when the reader saves posts to read in the app offline; and every
 * file of the app's code it serves; in one cache per deploy. Its offline page comes with
 * its script. The rules are in navigation/offline/.
 */
/// <reference lib="webworker" />
import {
  cacheName,
  isKeepable,
  isNetworkRouted,
  isOlderCache,
  networkRoutes,
  networkTimeoutMs,
  pageCode,
  pageKey,
  postFiles,
  postSlugOf,
  strategyFor,
  type OfflineDeploy,
} from '../navigation/offline/cache-rules.ts';
import { isKeepPosts, type KeptPosts } from '../navigation/offline/messages.ts';
import { fillOfflinePage, keptTitle, type KeptPost } from '../navigation/offline/offline-page.ts';

/** Written by the build above this script (build/offline-files.ts). */
declare const QUIRE_DEPLOY: OfflineDeploy;
declare const self: ServiceWorkerGlobalScope;

const deploy = QUIRE_DEPLOY;
const origin = self.location.origin;
const name = cacheName(deploy);
/** The cache install made; undefined once the page removed it (offline reading turned off): nothing makes it again. */
const kept = async () => ((await caches.has(name)) ? caches.open(name) : undefined);

/** Kept without the `redirected` mark, which a navigation refuses. */
async function keep(cache: Cache, key: string, response: Response): Promise<void> {
  const body = await response.blob();
  await cache.put(
    key,
    new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }),
  );
}

/** The answer kept, or undefined if it could not be had. */
async function fetchAndKeep(cache: Cache, url: string, key = url, init?: RequestInit): Promise<Response | undefined> {
  const response = await fetch(url, init).catch(() => undefined);
  if (!response || !isKeepable(response)) return undefined;
  await keep(cache, key, response.clone());
  return response;
}

/** Each file kept (one kept already is not fetched again); false if any is out of reach. */
const keepFiles = async (cache: Cache, urls: string[], init?: RequestInit) =>
  (await Promise.all(urls.map(async (url) => (await cache.match(url)) ?? fetchAndKeep(cache, url, url, init)))).every(Boolean);

/** From the browser's HTTP cache only: no request leaves for it. */
const fromBrowserCache: RequestInit = { cache: 'only-if-cached', mode: 'same-origin' };

/**
 * A post's page and the code it loads, its data and Markdown; false if any is out of reach.
 * The post the reader has open costs no request: its page and code come from the browser's
 * cache (the page fetched again only if that copy is of another deploy), its data and
 * Markdown only if the app loaded them, since its prerendered page reads offline without.
 */
async function keepPost(cache: Cache, slug: string, opened: boolean): Promise<boolean> {
  const [pageUrl, ...content] = postFiles(slug, origin, deploy);
  const key = pageKey(pageUrl!, deploy.base);
  const keepPage = async () => {
    const cached = opened ? await fetch(pageUrl!, fromBrowserCache).catch(() => undefined) : undefined;
    if (cached && isKeepable(cached)) {
      const code = pageCode(await cached.clone().text(), origin, deploy.base);
      if (code.every((url) => deploy.code.includes(new URL(url).pathname))) {
        await keep(cache, key, cached);
        return code;
      }
    }
    const fetched = await fetchAndKeep(cache, pageUrl!, key);
    return fetched && pageCode(await fetched.text(), origin, deploy.base);
  };
  const [code, others] = await Promise.all([
    keepPage(),
    opened ? keepFiles(cache, content, fromBrowserCache).then(() => true) : keepFiles(cache, content),
  ]);
  return Boolean(code) && others && keepFiles(cache, code!);
}

/** Chromium's static routing (`InstallEvent.addRoutes`, not in TypeScript's lib yet). */
type RoutingInstallEvent = ExtendableEvent & {
  addRoutes?: (rules: { condition: { urlPattern: { pathname: string } }; source: 'network' }[]) => Promise<void>;
};

self.addEventListener('install', (event: RoutingInstallEvent) => {
  // Where routes fail or are unknown, the fetch handler answers for the content as before.
  const routed = event
    .addRoutes?.(networkRoutes(deploy).map((pathname) => ({ condition: { urlPattern: { pathname } }, source: 'network' })))
    .catch(() => undefined);
  event.waitUntil(
    (async () => {
      await routed;
      const cache = await caches.open(name);
      // The posts a reader kept with the last deploy, fetched again from this one.
      for (const name of (await caches.keys()).filter((n) => isOlderCache(n, deploy))) {
        const older = await caches.open(name);
        const slugs = (await older.keys()).flatMap((r) => postSlugOf(r.url, deploy.base) ?? []);
        await Promise.all(slugs.map((slug) => keepPost(cache, slug, false)));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((n) => isOlderCache(n, deploy)).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

/**
 * Where the browser routes content past the worker, the content requests that still come here
 * are the Markdown worker's (Chromium does not apply the routes to a dedicated worker's): left
 * to the network as the page's are, without passing their answer through this worker; offline,
 * the Markdown worker reads the kept copy itself.
 */
const contentRouted = 'addRoutes' in ((self as { InstallEvent?: { prototype: object } }).InstallEvent?.prototype ?? {});

self.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, origin, deploy);
  if (strategy === 'page') event.respondWith(page(event));
  else if (strategy === 'asset') event.respondWith(asset(event));
  else if (strategy === 'content' && !(contentRouted && isNetworkRouted(event.request.url, deploy)))
    event.respondWith(content(event));
});

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  if (!isKeepPosts(event.data) || !port) return;
  const { slugs, allCode, opened = false } = event.data;
  event.waitUntil(
    (async () => {
      const cache = await kept();
      if (cache && allCode)
        await keepFiles(
          cache,
          deploy.code.map((path) => origin + path),
        );
      const done = cache ? await Promise.all(slugs.map((slug) => keepPost(cache, slug, opened))) : [];
      port.postMessage({ failed: slugs.filter((_, i) => !done[i]) } satisfies KeptPosts);
    })(),
  );
});

/** Kept once the answer has gone to the page: the page does not wait for the cache. */
function keepAfter(event: FetchEvent, cache: Cache, key: string, response: Response): void {
  if (isKeepable(response)) event.waitUntil(keep(cache, key, response.clone()).catch(() => undefined));
}

/** Network first; the kept copy when the network fails or is slow; else the offline page. */
async function page(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const cache = await kept();
  if (!cache) return fetch(request);
  const key = pageKey(request.url, deploy.base);
  const network = fetch(request).then((response) => {
    keepAfter(event, cache, key, response);
    return response;
  });
  const slow = new Promise<undefined>((resolve) => setTimeout(resolve, networkTimeoutMs, undefined));
  const first = await Promise.race([network.catch(() => undefined), slow]);
  if (first) return first;
  const copy = await cache.match(key);
  if (copy) return copy;
  // Slow but not failed: keep waiting for it.
  return network.catch(() => offlinePage(cache));
}

async function offlinePage(cache: Cache): Promise<Response> {
  const posts: KeptPost[] = [];
  for (const request of await cache.keys()) {
    const slug = postSlugOf(request.url, deploy.base);
    const titleHtml = slug && keptTitle(await (await cache.match(request))!.text());
    if (titleHtml) posts.push({ href: new URL(request.url).pathname, titleHtml });
  }
  return new Response(fillOfflinePage(deploy.offlinePage, posts), {
    status: 503,
    headers: { 'content-type': 'text/html; charset=utf-8' },
  });
}

async function asset(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const cache = await kept();
  const copy = await cache?.match(request);
  if (copy) return copy;
  const response = await fetch(request);
  if (cache) keepAfter(event, cache, request.url, response);
  return response;
}

/** Network first (the cache opens while the request is on its way); the kept copy when it fails. */
async function content(event: FetchEvent): Promise<Response> {
  const { request } = event;
  const cache = kept();
  try {
    const response = await fetch(request);
    const open = await cache;
    if (open) keepAfter(event, open, request.url, response);
    return response;
  } catch (error) {
    const copy = await (await cache)?.match(request);
    if (copy) return copy;
    throw error;
  }
}
