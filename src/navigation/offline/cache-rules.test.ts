import { describe, expect, it } from 'vitest';
import {
  cacheName,
  isKeepable,
  isOlderCache,
  isNetworkRouted,
  isSiteCache,
  networkRoutes,
  pageCode,
  pageKey,
  postFiles,
  postSlugOf,
  strategyFor,
  type OfflineDeploy,
} from './cache-rules.ts';

const origin = 'https://example.com';
const deploy = (base = '/'): OfflineDeploy => ({ buildId: 'b2', dataId: 'd1', base, code: [], offlinePage: '' });
const get = (path: string, mode = 'cors') => ({ url: origin + path, method: 'GET', mode });

describe('networkRoutes', () => {
  it("leaves this deploy's data and the posts' Markdown to the network, under the site's base", () => {
    expect(networkRoutes(deploy())).toEqual(['/data/d1/*', '/posts/*.md']);
    expect(networkRoutes(deploy('/blog/'))).toEqual(['/blog/data/d1/*', '/blog/posts/*.md']);
  });

  it('says which URLs they match: the data folder of this deploy and Markdown, not images or pages', () => {
    const routed = (path: string, base = '/') => isNetworkRouted(origin + path, deploy(base));
    expect([routed('/data/d1/posts/a.json'), routed('/posts/a.md'), routed('/blog/posts/a/index.md', '/blog/')]).toEqual([
      true,
      true,
      true,
    ]);
    expect([
      routed('/data/d0/posts/a.json'),
      routed('/posts/a/map.png'),
      routed('/posts/a'),
      routed('/posts/a.md', '/blog/'),
    ]).toEqual([false, false, false, false]);
  });

  it("escapes what a URL pattern would read as syntax in the site's base", () => {
    expect(networkRoutes(deploy('/my:blog(1)/'))).toEqual(['/my\\:blog\\(1\\)/data/d1/*', '/my\\:blog\\(1\\)/posts/*.md']);
  });
});

describe('strategyFor', () => {
  it('answers pages network first, assets from the cache, data and Markdown network first', () => {
    expect(strategyFor(get('/posts/a', 'navigate'), origin, deploy())).toBe('page');
    expect(strategyFor(get('/', 'navigate'), origin, deploy())).toBe('page');
    expect(strategyFor(get('/assets/index-abc.js'), origin, deploy())).toBe('asset');
    expect(strategyFor(get('/data/d1/posts/a.json'), origin, deploy())).toBe('content');
    expect(strategyFor(get('/posts/a.md'), origin, deploy())).toBe('content');
    expect(strategyFor(get('/posts/images/x.png', 'no-cors'), origin, deploy())).toBe('content');
  });

  it('leaves alone what is not this deploy’s or not the site’s', () => {
    // Another deploy's data folder: an open tab of it must find it gone and reload.
    expect(strategyFor(get('/data/d0/posts/a.json'), origin, deploy())).toBe('network');
    expect(strategyFor(get('/feed.xml'), origin, deploy())).toBe('network');
    expect(strategyFor(get('/sw.js'), origin, deploy())).toBe('network');
    expect(strategyFor({ ...get('/posts/a', 'navigate'), method: 'POST' }, origin, deploy())).toBe('network');
    expect(strategyFor({ url: 'https://other.org/assets/x.js', method: 'GET', mode: 'cors' }, origin, deploy())).toBe('network');
    // Outside the sub-path the site is served under.
    expect(strategyFor(get('/posts/a', 'navigate'), origin, deploy('/blog/'))).toBe('network');
    expect(strategyFor(get('/blog/assets/x.js'), origin, deploy('/blog/'))).toBe('asset');
  });
});

describe('isKeepable', () => {
  it('keeps only complete same-origin successes, never an error page', () => {
    expect(isKeepable({ ok: true, status: 200, type: 'basic' })).toBe(true);
    expect(isKeepable({ ok: false, status: 404, type: 'basic' })).toBe(false);
    expect(isKeepable({ ok: false, status: 503, type: 'basic' })).toBe(false);
    expect(isKeepable({ ok: true, status: 206, type: 'basic' })).toBe(false);
    expect(isKeepable({ ok: false, status: 0, type: 'opaqueredirect' })).toBe(false);
    expect(isKeepable({ ok: false, status: 0, type: 'opaque' })).toBe(false);
  });
});

describe('cache names', () => {
  it('are one per base and build; older ones of the same site are found, another site’s are not', () => {
    expect(cacheName(deploy())).toBe('quire-offline:/:b2');
    expect(cacheName(deploy('/blog/'))).toBe('quire-offline:/blog/:b2');
    expect(isOlderCache('quire-offline:/:b1', deploy())).toBe(true);
    expect(isOlderCache('quire-offline:/:b2', deploy())).toBe(false);
    expect(isOlderCache('quire-offline:/blog/:b1', deploy())).toBe(false);
    expect(isOlderCache('something-else', deploy())).toBe(false);
    expect(isSiteCache('quire-offline:/blog/:b2', '/blog/')).toBe(true);
    expect(isSiteCache('quire-offline:/:b2', '/blog/')).toBe(false);
  });
});

describe('pageKey', () => {
  it('is one key for every form a host serves a page under', () => {
    for (const path of ['/posts/a', '/posts/a/', '/posts/a.html', '/posts/a/index.html', '/posts/a?x=1']) {
      expect(pageKey(origin + path, '/')).toBe(`${origin}/posts/a`);
    }
    expect(pageKey(`${origin}/`, '/')).toBe(`${origin}/`);
    expect(pageKey(`${origin}/index.html`, '/')).toBe(`${origin}/`);
    expect(pageKey(`${origin}/blog/`, '/blog/')).toBe(`${origin}/blog/`);
    expect(pageKey(`${origin}/blog/posts/a/`, '/blog/')).toBe(`${origin}/blog/posts/a`);
  });
});

describe('posts', () => {
  it('finds the post of a kept page, under a sub-path too', () => {
    expect(postSlugOf(`${origin}/posts/being-oncall`, '/')).toBe('being-oncall');
    expect(postSlugOf(`${origin}/blog/posts/being-oncall`, '/blog/')).toBe('being-oncall');
    expect(postSlugOf(`${origin}/posts/being-oncall.md`, '/')).toBeUndefined();
    expect(postSlugOf(`${origin}/data/d1/posts/being-oncall.json`, '/')).toBeUndefined();
    expect(postSlugOf(`${origin}/tags/go`, '/')).toBeUndefined();
    expect(postSlugOf(`${origin}/offline.html`, '/')).toBeUndefined();
  });

  it('keeps a post’s page, this deploy’s data file and its Markdown', () => {
    expect(postFiles('a', origin, deploy('/blog/'))).toEqual([
      `${origin}/blog/posts/a`,
      `${origin}/blog/data/d1/posts/a.json`,
      `${origin}/blog/posts/a.md`,
    ]);
  });
});

describe('pageCode', () => {
  it("finds the app's files a page loads, under its base, once each", () => {
    const html =
      '<head><link rel="icon" href="/blog/favicon.svg"><style>a{}</style></head><body><p><a href="/blog/assets/not-code.html">x</a></p>' +
      '<script type="module" fetchpriority="low" crossorigin src="/blog/assets/index-A1.js"></script>' +
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="/blog/assets/route-B2.js">' +
      '<link rel="modulepreload" crossorigin href="/blog/assets/route-B2.js">' +
      '<link rel="modulepreload" href="/assets/elsewhere.js"></body>';
    expect(pageCode(html, origin, '/blog/')).toEqual([`${origin}/blog/assets/index-A1.js`, `${origin}/blog/assets/route-B2.js`]);
  });
});
