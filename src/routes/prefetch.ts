/**
 * Prefetching a path = loading its route modules and running their loaders, which
 * fill react-query's cache. A click then finds code and data (and parsed Markdown) ready.
 */
import { matchRoutes, type RouteObject } from 'react-router';
import { resolveLazy } from './resolve-lazy.ts';

let routes: RouteObject[] = [];
let basename = '/';
const done = new Set<string>();
const queue: string[] = [];
let draining = false;

export function setPrefetchRoutes(table: RouteObject[], base: string): void {
  routes = table;
  basename = base;
}

export async function prefetchPath(to: string): Promise<void> {
  const key = to.split('#')[0]!;
  if (done.has(key)) return;
  done.add(key);
  const url = new URL(key, `${location.origin}${basename}`);
  const matches = matchRoutes(routes, url.pathname.slice(basename.length - 1)) ?? [];
  try {
    await Promise.all(
      matches.map(async ({ route, params }) => {
        await resolveLazy(route);
        if (typeof route.loader === 'function') {
          await route.loader({ params, request: new Request(url), context: undefined } as never);
        }
      }),
    );
  } catch {
    // A failed prefetch is retried by the real navigation, which shows the error.
    done.delete(key);
  }
}

const idle = (fn: () => void) =>
  'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200);

/** Links that scroll into view are prefetched one at a time when the main thread is idle. */
export function prefetchWhenIdle(to: string): void {
  if (done.has(to.split('#')[0]!) || queue.includes(to)) return;
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
    idle(() => void prefetchPath(path).finally(next));
  };
  next();
}
