/**
 * Prefetching a path = loading its view's code and running its loaders, which fill
 * react-query's cache. A click then finds code and data (and parsed Markdown) ready;
 * a post page is also queued to be rendered ahead of time (see page-stack/).
 */
import { matchRoutes, type RouteObject } from 'react-router';
import { withBase, withoutBase } from '../lib/paths.ts';
import { whenIdle } from '../lib/when-idle.ts';
import { requestPrerender } from './page-stack/prerender-queue.ts';
import { resolveLazy } from './resolve-lazy.ts';

let routes: RouteObject[] = [];
let base = '/';
/** Each path's prefetch: true once its code and data are in. */
const prefetches = new Map<string, Promise<boolean>>();
const queue: string[] = [];
const failedPrefetchPause = 60_000;
let draining = false;

export function setPrefetchRoutes(table: RouteObject[], siteBase: string): void {
  routes = table;
  base = siteBase;
}

/** `intent`: the reader is pointing at, focusing or touching the link. */
export async function prefetchPath(to: string, { intent = true } = {}): Promise<void> {
  const key = to.split('#')[0]!;
  let pending = prefetches.get(key);
  if (!pending) {
    pending = load(key);
    prefetches.set(key, pending);
  }
  if (await pending) requestPrerender(key, { intent });
}

async function load(key: string): Promise<boolean> {
  // `key` is a router path (`/posts/x`): the request is for it under the site's base.
  const url = new URL(withBase(base, key), location.origin);
  const matches = matchRoutes(routes, withoutBase(base, url.pathname)) ?? [];
  try {
    await Promise.all(
      matches.map(async ({ route, params }) => {
        await resolveLazy(route);
        if (typeof route.loader === 'function') {
          await route.loader({ params, request: new Request(url), context: undefined } as never);
        }
      }),
    );
    return true;
  } catch {
    // A failed prefetch is retried by the real navigation, which shows the error; links that
    // come into view or under the pointer meanwhile do not ask the server again for a while.
    setTimeout(() => prefetches.delete(key), failedPrefetchPause);
    return false;
  }
}

/** Links that scroll into view are prefetched one at a time when the main thread is idle. */
export function prefetchWhenIdle(to: string): void {
  if (prefetches.has(to.split('#')[0]!) || queue.includes(to)) return;
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return;
  queue.push(to);
  if (draining) return;
  draining = true;
  const next = () => {
    const path = queue.shift();
    if (!path) {
      draining = false;
      return;
    }
    whenIdle(() => void prefetchPath(path, { intent: false }).finally(next));
  };
  next();
}
