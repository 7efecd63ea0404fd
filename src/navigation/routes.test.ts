import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from '../lib/paths.ts';
import { matchRoute } from './match-route.ts';
import { routePaths, routeTable } from './routes.ts';

describe('routePaths', () => {
  it('builds the URLs of the contract', () => {
    expect(routePaths.home()).toBe('/');
    expect(routePaths.home(1)).toBe('/');
    expect(routePaths.home(3)).toBe('/page/3');
    expect(routePaths.post('lets-go')).toBe('/posts/lets-go');
    expect(routePaths.tags()).toBe('/tags');
    expect(routePaths.tag('go')).toBe('/tags/go');
    expect(routePaths.seriesIndex()).toBe('/series');
    expect(routePaths.series('paper-every-day')).toBe('/series/paper-every-day');
    expect(routePaths.archive()).toBe('/archive');
    expect(routePaths.list(1, {})).toBe('/');
    expect(routePaths.list(1, { tag: 'go' })).toBe('/?tag=go');
    expect(routePaths.list(2, { tag: 'go', series: 'lets-go' })).toBe('/page/2?tag=go&series=lets-go');
    expect(routePaths.list(1, { series: 'c++ & more' })).toBe('/?series=c%2B%2B+%26+more');
    expect(routePaths.search()).toBe('/search');
    expect(routePaths.search({ q: 'crème brûlée & go', tag: 'go' })).toBe('/search?q=cr%C3%A8me+br%C3%BBl%C3%A9e+%26+go&tag=go');
  });
});

describe('matchRoute ↔ routePaths', () => {
  const links: [string, string, Record<string, string>][] = [
    [routePaths.home(), 'home', {}],
    [routePaths.home(2), 'home-page', { page: '2' }],
    [routePaths.post('day-one'), 'post', { slug: 'day-one' }],
    [routePaths.tags(), 'tags', {}],
    [routePaths.tag('distributed-systems'), 'tag', { tag: 'distributed-systems' }],
    [routePaths.seriesIndex(), 'series-index', {}],
    [routePaths.series('lets-go'), 'series', { series: 'lets-go' }],
    [routePaths.archive(), 'archive', {}],
    [routePaths.search({ q: 'go' }), 'search', {}],
    [routePaths.author('jose-villalta'), 'author', { author: 'jose-villalta' }],
  ];

  it.each(links)('%s is the route %s with its parameters', (path, id, params) => {
    const match = matchRoute(path)!;
    expect(match.route.id).toBe(id);
    expect(Object.fromEntries(Object.entries(match.params).filter(([k]) => k !== '*'))).toEqual(params);
  });

  it('every route but the catch-all has a link builder that leads back to it', () => {
    const linked = new Set(links.map(([, id]) => id));
    expect(routeTable.filter((r) => !linked.has(r.id)).map((r) => r.id)).toEqual(['not-found']);
  });

  it('ignores the query and the hash, and sends anything else to not-found', () => {
    expect(matchRoute('/?tag=go&series=x')!.route.id).toBe('home');
    expect(matchRoute('/posts/a#notes')!.params.slug).toBe('a');
    for (const path of ['/nope', '/posts', '/posts/a/b', '/page/2/x', '/tags/go/feed'])
      expect(matchRoute(path)!.route.id).toBe('not-found');
  });

  it.each(['/', '/blog/'])('round-trips through a site under %s', (base) => {
    for (const [path, id] of links) {
      const pathname = withBase(base, path);
      expect(pathname.startsWith(base)).toBe(true);
      expect(matchRoute(withoutBase(base, pathname))!.route.id).toBe(id);
    }
  });
});
