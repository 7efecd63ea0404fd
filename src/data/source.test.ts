import { afterEach, describe, expect, it, vi } from 'vitest';
import { FetchError, NotFoundError, StaleDeployError, UnreachableError } from './errors.ts';
import { httpSource } from './source.ts';

/** A server answering each URL with what `routes` says (status, content type, body); anything else 404. */
function serve(routes: Record<string, { status?: number; type?: string; body?: string } | 'offline'>) {
  const requests: string[] = [];
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${url}`);
    const route = routes[url];
    if (route === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    if (!route) return Promise.resolve(new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } }));
    return Promise.resolve(
      new Response(route.body ?? '', {
        status: route.status ?? 200,
        headers: { 'content-type': route.type ?? 'application/json' },
      }),
    );
  });
  return requests;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const source = httpSource('/blog/', 'abc');

describe('httpSource', () => {
  it('fetches with the fetcher it is given (the Markdown worker’s), and names its answers the same', async () => {
    const asked: string[] = [];
    const viaWorker = httpSource('/blog/', 'abc', (url) => {
      asked.push(url);
      return Promise.resolve(
        url.endsWith('a.json')
          ? { file: new Response('{"post":{"slug":"a"}}', { headers: { 'content-type': 'application/json' } }) }
          : { noFile: { unreachable: true as const } },
      );
    });
    const requests = serve({});
    await expect(viaWorker.json('posts/a.json')).resolves.toEqual({ post: { slug: 'a' } });
    await expect(viaWorker.json('posts/b.json')).rejects.toBeInstanceOf(UnreachableError);
    expect(asked).toEqual(['/blog/data/abc/posts/a.json', '/blog/data/abc/posts/b.json']);
    expect(requests).toEqual([]);
  });

  it('reads JSON from the data folder and Markdown from the posts folder, under the base', async () => {
    const requests = serve({
      '/blog/data/abc/posts/a.json': { body: '{"post":{"slug":"a"}}' },
      '/blog/posts/a.md': { type: 'text/markdown', body: '# A' },
    });
    await expect(source.json('posts/a.json')).resolves.toEqual({ post: { slug: 'a' } });
    await expect(source.text('posts/a.md')).resolves.toBe('# A');
    expect(requests).toEqual(['GET /blog/data/abc/posts/a.json', 'GET /blog/posts/a.md']);
  });

  it('a missing file in a data folder that is still there: not found', async () => {
    serve({ '/blog/data/abc/site.json': { body: '{}' } });
    const error = await source.json('posts/gone.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).not.toBeInstanceOf(StaleDeployError);
  });

  it('a missing file in a data folder that is gone: the site was redeployed', async () => {
    const requests = serve({});
    const error = await source.json('posts/a.json').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleDeployError);
    expect((error as Error).message).toBe('This site was updated while the page was open.');
    expect(requests).toEqual(['GET /blog/data/abc/posts/a.json', 'HEAD /blog/data/abc/site.json']);
  });

  it('a web page where data was expected (a host answering every path with index.html): stale', async () => {
    serve({ '/blog/data/abc/pages/1.json': { type: 'text/html', body: '<!doctype html>' } });
    await expect(source.json('pages/1.json')).rejects.toBeInstanceOf(StaleDeployError);
  });

  it('says what went wrong: a server error, another type, damaged JSON, no connection', async () => {
    serve({
      '/blog/data/abc/a.json': { status: 500 },
      '/blog/data/abc/b.json': { type: 'text/plain', body: 'x' },
      '/blog/data/abc/c.json': { body: '{"trunc' },
      '/blog/data/abc/d.json': 'offline',
    });
    const failure = (name: string) => source.json<never>(name).catch((e: unknown) => e as FetchError);
    const [a, b, c, d] = await Promise.all(['a.json', 'b.json', 'c.json', 'd.json'].map(failure));
    expect(a!.message).toBe('The server answered 500.');
    expect(b!.message).toBe('The server sent text/plain where JSON was expected.');
    expect(c!.message).toBe('The data arrived damaged or incomplete.');
    expect(d!.message).toBe('Could not reach the server. Check your connection.');
    for (const error of [a, b, c, d]) expect(error).not.toBeInstanceOf(StaleDeployError);
    expect([a, b, c, d].map((e) => e instanceof UnreachableError)).toEqual([false, false, false, true]);
  });

  it('gives up on a server that never answers', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason as Error))),
    );
    const pending = source.json<never>('site.json').catch((e: unknown) => e as FetchError);
    await vi.advanceTimersByTimeAsync(15_000);
    expect((await pending).message).toBe('The server took too long to answer.');
  });
});
