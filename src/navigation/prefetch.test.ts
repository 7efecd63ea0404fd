import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrerenderQueue } from './page-stack/prerender-queue.ts';
import { Prefetcher } from './prefetch.ts';

/** IntersectionObservers as the browser makes them, with a way to bring their targets into view. */
class FakeObserver {
  static made: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.made.push(this);
  }
  observe(target: Element) {
    this.targets.add(target);
  }
  unobserve(target: Element) {
    this.targets.delete(target);
  }
  disconnect() {
    this.targets.clear();
  }
  /** The browser's report after a frame in which `targets` came into view. */
  show(...targets: Element[]) {
    const entries = targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

/** A link of the page's own content (inside <main>), or of its header. */
const link = (inMain = true) =>
  ({ closest: (selector: string) => (selector === 'main' && inMain ? {} : null) }) as unknown as Element;

describe('Prefetcher.watch', () => {
  const loadPage = vi.fn(() => Promise.resolve());
  let fast = true;
  let prefetcher: Prefetcher;
  beforeEach(() => {
    FakeObserver.made = [];
    fast = true;
    loadPage.mockClear();
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    vi.stubGlobal('document', { readyState: 'complete' });
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => setTimeout(fn));
    prefetcher = new Prefetcher(loadPage, new PrerenderQueue(), () => fast);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('watches every link with one observer and prefetches a link once it comes into view', async () => {
    const [a, b] = [link(), link()];
    prefetcher.watch(a, '/tags/go');
    prefetcher.watch(b, '/tags/rust');
    expect(FakeObserver.made).toHaveLength(1);
    const observer = FakeObserver.made[0]!;
    expect(observer.targets).toEqual(new Set([a, b]));
    observer.show(a);
    // Seen once is enough: the link is no longer watched.
    expect(observer.targets).toEqual(new Set([b]));
    await vi.waitFor(() => expect(loadPage).toHaveBeenCalledWith('/tags/go'));
    expect(loadPage).toHaveBeenCalledTimes(1);
  });

  it("gives the page's few prefetches to its own links before the header's", async () => {
    const links = { archive: link(false), home: link(false), a: link(), b: link(), c: link() };
    for (const [name, element] of Object.entries(links)) prefetcher.watch(element, `/posts/${name}`);
    // The header is hydrated, so seen, before the page's content.
    FakeObserver.made[0]!.show(links.archive, links.home);
    FakeObserver.made[0]!.show(links.a, links.b, links.c);
    await vi.waitFor(() => expect(loadPage).toHaveBeenCalledTimes(2));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loadPage.mock.calls).toEqual([['/posts/a'], ['/posts/b']]);
  });

  it('stops watching a link that leaves the page', () => {
    const a = link();
    const stop = prefetcher.watch(a, '/tags/go');
    stop();
    expect(FakeObserver.made[0]!.targets.size).toBe(0);
  });

  it('watches nothing where links in view are not prefetched (a slow connection, Save-Data)', () => {
    fast = false;
    prefetcher.watch(link(), '/tags/go');
    expect(FakeObserver.made).toHaveLength(0);
  });
});
