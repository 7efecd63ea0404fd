import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrerenderQueue } from './prerender-queue.ts';

let q: PrerenderQueue;
const paths = () => q.waitingPages().map((p) => p.path);

beforeEach(() => {
  q = new PrerenderQueue();
  q.arrivedAt({ path: '/', id: 0 });
});

describe('the pages rendered ahead of time', () => {
  it('are post pages only, each once, never the page the reader is on', () => {
    q.request('/posts/a', { intent: false });
    q.request('/posts/a', { intent: true });
    q.request('/tags/go', { intent: true });
    q.request('/', { intent: true });
    expect(paths()).toEqual(['/posts/a']);
  });

  it('are at most three: links coming into view wait for a free place, a pointed-at link takes the oldest one', () => {
    for (const slug of ['a', 'b', 'c', 'd']) q.request(`/posts/${slug}`, { intent: false });
    expect(paths()).toEqual(['/posts/a', '/posts/b', '/posts/c']);
    q.request('/posts/e', { intent: true });
    expect(paths()).toEqual(['/posts/b', '/posts/c', '/posts/e']);
  });

  it('on arrival at one of them: it and those before it leave; the others give way to the new page’s links', () => {
    for (const slug of ['a', 'b', 'c']) q.request(`/posts/${slug}`, { intent: false });
    const b = q.waitingPages()[1]!;
    q.arrivedAt(b);
    expect(paths()).toEqual(['/posts/c']);
    q.request('/posts/x', { intent: false });
    q.request('/posts/y', { intent: false });
    // Full again: a link of the new page takes the place of the one left from the old page.
    q.request('/posts/z', { intent: false });
    expect(paths()).toEqual(['/posts/x', '/posts/y', '/posts/z']);
    // Now all are the new page's: a fourth link in view waits.
    q.request('/posts/w', { intent: false });
    expect(paths()).toEqual(['/posts/x', '/posts/y', '/posts/z']);
  });

  it('keep their frame when they become the current page; a page not waiting takes over the current frame', () => {
    q.request('/posts/a', { intent: false });
    const a = q.waitingPages()[0]!;
    expect(q.frameFor('/posts/a', q.waitingPages())).toBe(a);
    expect(q.frameFor('/posts/other', q.waitingPages())).toEqual({ path: '/posts/other', id: 0 });
  });

  it('drop a page that failed to render, and tell subscribers of every change', () => {
    const changes = vi.fn();
    q.subscribe(changes);
    q.request('/posts/a', { intent: false });
    q.request('/posts/b', { intent: false });
    q.drop('/posts/a');
    expect(paths()).toEqual(['/posts/b']);
    expect(changes).toHaveBeenCalledTimes(3);
  });

  it('are revealed by the page stack only when it has one to reveal; the router then waits for the paint', async () => {
    expect(q.reveal('/posts/a')).toBe(false);
    q.request('/posts/a', { intent: true });
    q.firstScreenReady('/posts/a');
    const stop = q.setRevealer((path) => path === '/posts/a');
    expect(q.reveal('/posts/b')).toBe(false);
    expect(q.reveal('/posts/a')).toBe(true);
    let painted = false;
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => setTimeout(() => ((painted = true), fn())));
    await q.afterRevealedPaint('/posts/a');
    expect(painted).toBe(true);
    // Once: the next load of the same page does not wait.
    painted = false;
    await q.afterRevealedPaint('/posts/a');
    expect(painted).toBe(false);
    stop();
    expect(q.reveal('/posts/a')).toBe(false);
    vi.unstubAllGlobals();
  });
});

describe('a page clicked while it is still being rendered ahead', () => {
  let ready: Set<string>;
  const revealer = vi.fn((path: string) => ready.has(path));
  const frame = () => new Promise((resolve) => setTimeout(resolve));
  /** The router's loader for `path` going on after its wait; returns whether it has. */
  const routerFor = (path: string) => {
    let done = false;
    void q.afterRevealedPaint(path).then(() => (done = true));
    return () => done;
  };
  beforeEach(() => {
    ready = new Set();
    revealer.mockClear();
    q.setRevealer(revealer);
    vi.stubGlobal('requestAnimationFrame', (fn: () => void) => setTimeout(fn));
    q.request('/posts/a', { intent: true });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is revealed once its first screen is; the router waits for that, then goes on before the paint', async () => {
    expect(q.reveal('/posts/a')).toBe(false);
    const routerDone = routerFor('/posts/a');
    await frame();
    expect(routerDone()).toBe(false);
    q.firstScreenReady('/posts/b');
    ready.add('/posts/a');
    q.firstScreenReady('/posts/a');
    expect(revealer).toHaveBeenLastCalledWith('/posts/a');
    // No frame comes: the history entry must not wait for one.
    vi.stubGlobal('requestAnimationFrame', () => 0);
    await frame();
    expect(routerDone()).toBe(true);
    // Once only.
    revealer.mockClear();
    q.firstScreenReady('/posts/a');
    expect(revealer).not.toHaveBeenCalled();
  });

  it('whose first screen came with its frame (its data was here) is revealed once the page stack has that frame', async () => {
    q.reveal('/posts/a');
    const routerDone = routerFor('/posts/a');
    // The page stack's revealer does not know the frame yet.
    q.firstScreenReady('/posts/a');
    await frame();
    expect(routerDone()).toBe(false);
    ready.add('/posts/a');
    revealer.mockClear();
    q.setRevealer(revealer);
    expect(revealer).toHaveBeenCalledWith('/posts/a');
    await frame();
    expect(routerDone()).toBe(true);
    // Once only.
    revealer.mockClear();
    q.setRevealer(revealer);
    expect(revealer).not.toHaveBeenCalled();
  });

  it('is not revealed after the reader went elsewhere: another link, Back, or the page failed', () => {
    ready.add('/posts/a');
    for (const elsewhere of [() => q.reveal('/tags/go'), () => q.cancelReveal(), () => q.drop('/posts/a')]) {
      q.request('/posts/a', { intent: true });
      ready.delete('/posts/a');
      q.reveal('/posts/a');
      ready.add('/posts/a');
      elsewhere();
      revealer.mockClear();
      q.firstScreenReady('/posts/a');
      expect(revealer).not.toHaveBeenCalled();
    }
  });

  it('whose frame the page stack has but whose text has not come (a finger touched the link first) waits for its first screen', async () => {
    const stop = q.setRevealer(() => true);
    expect(q.reveal('/posts/a')).toBe(false);
    const routerDone = routerFor('/posts/a');
    await frame();
    expect(routerDone()).toBe(false);
    q.firstScreenReady('/posts/a');
    await frame();
    expect(routerDone()).toBe(true);
    stop();
  });

  it('is not waited for when it is not among the pages rendered ahead', async () => {
    expect(q.reveal('/posts/elsewhere')).toBe(false);
    const routerDone = routerFor('/posts/elsewhere');
    await frame();
    expect(routerDone()).toBe(true);
  });

  it('does not hold the router for long when its first screen never comes', async () => {
    vi.useFakeTimers();
    q.reveal('/posts/a');
    const routerDone = routerFor('/posts/a');
    await vi.advanceTimersByTimeAsync(400);
    expect(routerDone()).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(routerDone()).toBe(true);
    vi.useRealTimers();
  });

  it('is not revealed once the router has stopped waiting for it', async () => {
    vi.useFakeTimers();
    q.reveal('/posts/a');
    void q.afterRevealedPaint('/posts/a');
    await vi.advanceTimersByTimeAsync(600);
    revealer.mockClear();
    ready.add('/posts/a');
    q.firstScreenReady('/posts/a');
    expect(revealer).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
