import { describe, expect, it, vi } from 'vitest';
import type { Services } from '../data/services.ts';
import { PageNavigator } from './page-navigator.ts';
import { Views, type ViewModule, type ViewSources } from './views.ts';

vi.stubGlobal('location', new URL('https://example.com/'));

function navigatorWithPostView() {
  const loader = vi.fn<NonNullable<ViewModule['loader']>>(() => ({ head: { title: 'x', path: '/' } }) as never);
  const post: ViewModule = { Component: () => null, loader };
  const sources = new Proxy({} as ViewSources, {
    get: () => ({ source: 'src/views/post/route.tsx', load: () => Promise.resolve(post) }),
  });
  const views = new Views(sources);
  return { navigator: new PageNavigator({ base: '/' } as Services, views), views, loader };
}

describe('PageNavigator.startLoading', () => {
  it("runs the path's loader in the same task once the view's code is here", async () => {
    const { navigator, views, loader } = navigatorWithPostView();
    await views.load('post');
    navigator.startLoading('/posts/hello');
    expect(loader).toHaveBeenCalledTimes(1);
    expect(loader.mock.calls[0]![0].params).toEqual({ slug: 'hello' });
    expect(loader.mock.calls[0]![0].request.url).toBe('https://example.com/posts/hello');
  });

  it('leaves a view whose code has not loaded, and paths of no route, to the router', () => {
    const { navigator, loader } = navigatorWithPostView();
    navigator.startLoading('/posts/hello');
    navigator.startLoading('/no/such/page/here');
    expect(loader).not.toHaveBeenCalled();
  });

  it("keeps a loader's failure from surfacing: the router reports it", async () => {
    const { navigator, views, loader } = navigatorWithPostView();
    await views.load('post');
    loader.mockRejectedValueOnce(new Error('offline'));
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    navigator.startLoading('/posts/hello');
    await new Promise((resolve) => setTimeout(resolve, 10));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe('PageNavigator.press', () => {
  it('starts the page as a click would: its requests in this task, its frame rendered ahead at once', async () => {
    const { navigator, views, loader } = navigatorWithPostView();
    await views.load('post');
    navigator.press('/posts/hello');
    expect(loader).toHaveBeenCalled();
    expect(navigator.queue.waitingPages().map((p) => p.path)).toEqual(['/posts/hello']);
  });

  it("loads the view's code when it is not here, then the page", async () => {
    const { navigator, loader } = navigatorWithPostView();
    navigator.press('/posts/hello');
    expect(loader).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(loader).toHaveBeenCalled());
    await vi.waitFor(() => expect(navigator.queue.waitingPages().map((p) => p.path)).toEqual(['/posts/hello']));
  });
});
