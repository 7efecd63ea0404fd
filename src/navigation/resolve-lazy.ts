/** Loads a lazy route's module into the route object, once (as the router itself would). */
import type { RouteObject } from 'react-router';

const loaded = new WeakMap<RouteObject, Promise<void>>();

export function resolveLazy(route: RouteObject): Promise<void> {
  const lazy = route.lazy;
  if (typeof lazy !== 'function') return Promise.resolve();
  let pending = loaded.get(route);
  if (!pending) {
    pending = lazy().then((module) => {
      Object.assign(route, { ...module, lazy: undefined });
    });
    loaded.set(route, pending);
  }
  return pending;
}
