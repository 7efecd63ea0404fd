/**
 * A page's requests, from Playwright's network events, which (unlike a CDP session on
 * the page) include the requests of dedicated workers. Bytes are what came over the
 * wire for each response: headers plus the encoded (gzip) body.
 */
import type { Page, Request } from '@playwright/test';
import { sleep } from './format.ts';

export const resourceKinds = ['html', 'js', 'css', 'json', 'md', 'other'] as const;
export type ResourceKind = (typeof resourceKinds)[number];

export interface Fetch {
  /** Path and query. */
  path: string;
  kind: ResourceKind;
  /** Known once the response has finished (see settle()). */
  bytes: number;
}

export interface Network {
  /** Every request, in the order they started. */
  fetches: Fetch[];
  failed: string[];
  errors: string[];
  redirects: string[];
  /** Web Workers the page started (network-throttled, but not CPU-throttled: see README). */
  workers: number;
  /** Waits for the sizes of finished requests to be known. */
  settle(): Promise<void>;
  /** Waits until no request has been in flight for quietMs (true), or maxMs passed (false). */
  idle(quietMs: number, maxMs: number): Promise<boolean>;
}

const urlPath = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

function kindOf(r: Request): ResourceKind {
  const p = new URL(r.url()).pathname;
  if (r.resourceType() === 'document' || p.endsWith('.html') || p.endsWith('/')) return 'html';
  const ext = /\.([a-z0-9]+)$/i.exec(p)?.[1]?.toLowerCase();
  return ext === 'js' || ext === 'css' || ext === 'json' || ext === 'md' ? ext : 'other';
}

export function trackNetwork(page: Page): Network {
  const inflight = new Map<Request, Fetch>();
  const pending: Promise<void>[] = [];
  let last = performance.now();
  const net: Network = {
    fetches: [],
    failed: [],
    errors: [],
    redirects: [],
    workers: 0,
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
    if (/^(data|blob):/.test(r.url())) return;
    const fetch: Fetch = { path: urlPath(r.url()), kind: kindOf(r), bytes: 0 };
    net.fetches.push(fetch);
    inflight.set(r, fetch);
    last = performance.now();
  });
  page.on('response', (r) => {
    if (r.status() >= 400) net.errors.push(`HTTP ${r.status()} ${urlPath(r.url())}`);
    if (r.status() >= 300 && r.status() < 400)
      net.redirects.push(`${urlPath(r.url())} → ${r.headers().location ?? '?'} (${r.status()})`);
  });
  page.on('requestfinished', (r) => {
    const fetch = inflight.get(r);
    if (!fetch) return;
    inflight.delete(r);
    last = performance.now();
    const sized = r.sizes().then(
      (s) => void (fetch.bytes = Math.max(0, s.responseHeadersSize) + Math.max(0, s.responseBodySize)),
      () => undefined,
    );
    pending.push(sized);
  });
  page.on('requestfailed', (r) => {
    if (inflight.delete(r)) net.failed.push(`${urlPath(r.url())}: ${r.failure()?.errorText ?? 'failed'}`);
    last = performance.now();
  });
  return net;
}

/** Requests and bytes of the fetches from index `from` on. */
export function tally(fetches: Fetch[], from = 0): { requests: number; bytes: number } {
  const slice = fetches.slice(from);
  return { requests: slice.length, bytes: slice.reduce((sum, f) => sum + f.bytes, 0) };
}

export function bytesByKind(fetches: Fetch[]): Record<ResourceKind, number> {
  const out = Object.fromEntries(resourceKinds.map((k) => [k, 0])) as Record<ResourceKind, number>;
  for (const f of fetches) out[f.kind] += f.bytes;
  return out;
}
