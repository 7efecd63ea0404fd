/**
 * Every URL of the blog, in one table: its route id, its URL pattern and the view that
 * shows it. The router's routes, prefetching, the page stack, the build's list of pages
 * and every link derive from it. No React here: the build reads it too. Which module
 * holds each view's code is bound in `app/view-modules.ts` (views import links from this
 * layer, so this layer cannot import them). Matching a path to its route is in
 * `match-route.ts`, with the router's matcher, which the build does not load.
 */
export const routeTable = [
  { id: 'home', pattern: '/', view: 'home' },
  { id: 'home-page', pattern: '/page/:page', view: 'home' },
  { id: 'post', pattern: '/posts/:slug', view: 'post' },
  { id: 'tags', pattern: '/tags', view: 'tags' },
  { id: 'tag', pattern: '/tags/:tag', view: 'tag' },
  { id: 'series-index', pattern: '/series', view: 'series-index' },
  { id: 'series', pattern: '/series/:series', view: 'series' },
  { id: 'archive', pattern: '/archive', view: 'archive' },
  { id: 'search', pattern: '/search', view: 'search' },
  { id: 'author', pattern: '/authors/:author', view: 'author' },
  { id: 'not-found', pattern: '/*', view: 'not-found' },
] as const;

export type RouteEntry = (typeof routeTable)[number];
export type RouteId = RouteEntry['id'];
export type ViewName = RouteEntry['view'];

const patternOf = (id: RouteId): string => routeTable.find((r) => r.id === id)!.pattern;

/** A route's URL with its parameters filled in (slugs are URL-safe as they are). */
function link(id: RouteId, params: Record<string, string | number> = {}): string {
  return patternOf(id).replace(/:(\w+)/g, (_, name: string) => String(params[name]));
}

/** `path?a=1&b=2`, without the parameters that are empty. */
function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return path + (query ? `?${query}` : '');
}

/** Link builders: router paths, without the site's base (see `withBase`). */
export const routePaths = {
  home: (page = 1) => (page > 1 ? link('home-page', { page }) : link('home')),
  post: (slug: string) => link('post', { slug }),
  tags: () => link('tags'),
  tag: (tag: string) => link('tag', { tag }),
  seriesIndex: () => link('series-index'),
  series: (series: string) => link('series', { series }),
  archive: () => link('archive'),
  /** The path the not-found page (404.html) is rendered for; the catch-all route shows it. */
  notFound: () => '/404',
  /** Page N of the home list filtered by tag and/or series (`/?tag=go`): the filters live in the query. */
  list: (page: number, { tag, series }: { tag?: string | undefined; series?: string | undefined }) =>
    withQuery(routePaths.home(page), { tag, series }),
  /** `/search?q=…&tag=…&series=…`: the query and its narrowing are the page's state. */
  search: ({ q, tag, series }: { q?: string; tag?: string; series?: string } = {}) =>
    withQuery(link('search'), { q, tag, series }),
  author: (author: string) => link('author', { author }),
};
