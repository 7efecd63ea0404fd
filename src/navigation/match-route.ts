/** A router path → its route in the table of `routes.ts`, with React Router's matcher. */
import { matchRoutes } from 'react-router';
import { routeTable, type RouteEntry } from './routes.ts';

export interface RouteMatch {
  route: RouteEntry;
  params: Record<string, string | undefined>;
}

const matchable = routeTable.map((route) => ({ route, path: route.pattern }));
const matched = new Map<string, RouteMatch | undefined>();

/** The route of a router path (`/posts/x`, `/?tag=go`: the query and hash take no part); cached. */
export function matchRoute(path: string): RouteMatch | undefined {
  const pathname = path.replace(/[?#].*$/, '');
  if (!matched.has(pathname)) {
    // Pages render often (ahead of time, then when revealed): keep a bounded cache.
    if (matched.size > 500) matched.clear();
    const match = matchRoutes(matchable, pathname)?.at(-1);
    matched.set(pathname, match && { route: match.route.route, params: match.params });
  }
  return matched.get(pathname);
}
