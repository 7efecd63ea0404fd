/**
 * A page's requests, from Playwright's network events, which (unlike a CDP session on
 * the page) include the requests of dedicated workers, and its service worker's requests
 * (service-workers.ts). A request the service worker answered is the worker's: counted
 * once, as the worker's own request if it made one, not at all if it answered from its
 * cache. Bytes are what came over the wire for each response: headers plus the encoded
 * (gzip) body.
 */
import type { Page, Request } from '@playwright/test';
import { sleep } from './format.ts';
import type { WorkerRequestSink } from './service-workers.ts';

export const resourceKinds = ['html', 'js', 'css', 'json', 'md', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export interface Fetch {
  /** Path and query. */
  path: string;
  kind: ResourceKind;
  /** Known once the response has finished (see settle()). */
  bytes: number;
  /** False for the page's request a service worker answered, and a worker's answered by the HTTP cache. */
  network: boolean;
}

export interface Network {
  /** Every request, in the order they started. */
  fetches: Fetch[];
  failed: string[];
  errors: string[];
  redirects: string[];
  /** Web Workers the page started (network-throttled, but not CPU-throttled: see README). */
  workers: number;
  /** Where the service workers' requests are reported. */
  serviceWorker: WorkerRequestSink;
  /** Waits for the sizes of finished requests to be known. */
  settle(): Promise<void>;
  /** Waits until no request has been in flight for quietMs (true), or maxMs passed (false). */
  idle(quietMs: number, maxMs: number): Promise<boolean>;
}

const urlPath = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/** A service worker's fetch of a page has no resource type: a path without an extension is a page. */
function kindOf(url: string, document = false): ResourceKind {
  const p = new URL(url).pathname;
  const ext = /\.([a-z0-9]+)$/i.exec(p)?.[1]?.toLowerCase();
  if (document || ext === 'html' || ext === undefined) return 'html';
  return ext === 'js' || ext === 'css' || ext === 'json' || ext === 'md' ? ext : 'other';
}

export function trackNetwork(page: Page): Network {
  const inflight = new Map<Request | string, Fetch>();
  const pending: Promise<void>[] = [];
  let last = performance.now();
  const start = (key: Request | string, url: string, document: boolean) => {
    const fetch: Fetch = { path: urlPath(url), kind: kindOf(url, document), bytes: 0, network: true };
    net.fetches.push(fetch);
    inflight.set(key, fetch);
    last = performance.now();
  };
  const end = (key: Request | string) => {
    const fetch = inflight.get(key);
    inflight.delete(key);
    last = performance.now();
    return fetch;
  };
  const net: Network = {
    fetches: [],
    failed: [],
    errors: [],
    redirects: [],
    workers: 0,
    serviceWorker: {
      started: (key, url) => start(key, url, false),
      finished: (key, bytes) => {
        const fetch = end(key);
        if (fetch) fetch.bytes = bytes;
      },
      fromCache: (key) => {
        const fetch = inflight.get(key);
        if (fetch) fetch.network = false;
      },
      failed: (key, error) => {
        const fetch = end(key);
        if (fetch) net.failed.push(`${fetch.path} (service worker): ${error}`);
      },
    },
    settle: async () => void (await Promise.all(pending)),
    async idle(quietMs, maxMs) {
      const until = performance.now() + maxMs;
      while (performance.now() < until) {
        if (inflight.size === 0 && performance.now() - last >= quietMs) return true;
        await sleep(50);
      }
      return false;
    },
  };
  page.on('worker', () => net.workers++);
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url())) start(r, r.url(), r.resourceType() === 'document');
  });
  page.on('response', (r) => {
    const fetch = inflight.get(r.request());
    if (fetch && r.fromServiceWorker()) fetch.network = false;
    if (r.status() >= 400) net.errors.push(`HTTP ${r.status()} ${urlPath(r.url())}`);
    if (r.status() >= 300 && r.status() < 400)
      net.redirects.push(`${urlPath(r.url())} → ${r.headers().location ?? '?'} (${r.status()})`);
  });
  page.on('requestfinished', (r) => {
    const fetch = end(r);
    if (!fetch?.network) return;
    // A dedicated worker's script reports no body size: its Content-Length is what came over the wire.
    const sized = Promise.all([r.sizes(), r.response().then((response) => response?.headerValue('content-length'))]).then(
      ([s, length]) =>
        void (fetch.bytes =
          Math.max(0, s.responseHeadersSize) + (s.responseBodySize > 0 ? s.responseBodySize : Number(length ?? 0))),
      () => undefined,
    );
    pending.push(sized);
  });
  page.on('requestfailed', (r) => {
    if (end(r)) net.failed.push(`${urlPath(r.url())}: ${r.failure()?.errorText ?? 'failed'}`);
  });
  return net;
}

/** What crossed the network: not what a service worker or the HTTP cache answered. */
export const overNetwork = (fetches: Fetch[]): Fetch[] => fetches.filter((f) => f.network);

/** Requests and bytes of the fetches from index `from` on. */
export function tally(fetches: Fetch[], from = 0): { requests: number; bytes: number } {
  const slice = overNetwork(fetches.slice(from));
  return { requests: slice.length, bytes: slice.reduce((sum, f) => sum + f.bytes, 0) };
}

export function bytesByKind(fetches: Fetch[]): Record<ResourceKind, number> {
  const out = Object.fromEntries(resourceKinds.map((k) => [k, 0])) as Record<ResourceKind, number>;
  for (const f of overNetwork(fetches)) out[f.kind] += f.bytes;
  return out;
}
