/**
 * Prefetching a path = loading its view's code and running its loader, which fills
 * react-query's cache. A click then finds code and data (and parsed Markdown) ready;
 * a post page is also queued to be rendered ahead of time (see page-stack/).
 */
import { afterLoad, whenIdle } from '../lib/when-idle.ts';
import type { PrerenderQueue } from './page-stack/prerender-queue.ts';

const failedPrefetchPause = 60_000;

/** Pages prefetched per page shown because their links came into view, without the reader's intent. */
const inViewPerPage = 2;

export class Prefetcher {
  /** Each path's prefetch: true once its code and data are in. */
  private readonly prefetches = new Map<string, Promise<boolean>>();
  /** Links in view waiting for their prefetch; `content`: a link of the page's own, in <main>. */
  private readonly queue: { path: string; content: boolean }[] = [];
  private draining = false;
  private inViewLeft = inViewPerPage;
  /** One observer for every link watched (see watch), made on first use. */
  private observer: IntersectionObserver | undefined;
  private readonly watched = new Map<Element, string>();

  constructor(
    /** Loads a router path's view code and data; rejects when either cannot be had. */
    private readonly loadPage: (path: string) => Promise<void>,
    private readonly prerender: PrerenderQueue,
    /** Whether links that come into view may be prefetched now (see connection.ts). */
    private readonly inViewAllowed: () => boolean,
  ) {}

  /** The reader is on another page: its links in view get their own few prefetches. */
  newPage(): void {
    this.queue.length = 0;
    this.inViewLeft = inViewPerPage;
  }

  /** `intent`: the reader is pointing at, focusing or touching the link. */
  async prefetch(to: string, { intent = true } = {}): Promise<void> {
    const key = to.split('#')[0]!;
    let pending = this.prefetches.get(key);
    if (!pending) {
      pending = this.load(key);
      this.prefetches.set(key, pending);
    }
    if (await pending) this.prerender.request(key, { intent });
  }

  private async load(key: string): Promise<boolean> {
    try {
      await this.loadPage(key);
      return true;
    } catch {
      // A failed prefetch is retried by the real navigation, which shows the error; links that
      // come into view or under the pointer meanwhile do not ask the server again for a while.
      setTimeout(() => this.prefetches.delete(key), failedPrefetchPause);
      return false;
    }
  }

  /**
   * Prefetches `to` once `link` comes into view (see prefetchWhenIdle). Where links in view
   * are not prefetched (a slow connection, Save-Data), nothing watches them: an observer per
   * link would only add work to every frame. Returns the function that stops watching.
   */
  watch(link: Element, to: string): () => void {
    if (typeof IntersectionObserver === 'undefined' || !this.inViewAllowed()) return () => {};
    this.observer ??= new IntersectionObserver((entries) => {
      for (const { target, isIntersecting } of entries) {
        const path = isIntersecting && this.watched.get(target);
        if (!path) continue;
        this.unwatch(target);
        this.prefetchWhenIdle(path, { content: target.closest('main') !== null });
      }
    });
    this.watched.set(link, to);
    this.observer.observe(link);
    return () => this.unwatch(link);
  }

  private unwatch(link: Element): void {
    if (this.watched.delete(link)) this.observer?.unobserve(link);
  }

  /**
   * Links that scroll into view are prefetched one at a time, after the page's load event,
   * when the main thread is idle, a few per page, and only on a fast connection. The page's
   * own links (a list's posts, a post's tags) go before the header's, whichever came into
   * view first: the reader came for the content.
   */
  private prefetchWhenIdle(to: string, { content }: { content: boolean }): void {
    if (this.prefetches.has(to.split('#')[0]!) || this.queue.some((q) => q.path === to) || !this.inViewAllowed()) return;
    this.queue.push({ path: to, content });
    if (this.draining) return;
    this.draining = true;
    // Chosen when idle, not when queued: a page's content may come into view after its header.
    const next = () =>
      whenIdle(() => {
        const firstOfContent = this.queue.findIndex((q) => q.content);
        const [picked] = this.inViewLeft > 0 ? this.queue.splice(Math.max(0, firstOfContent), 1) : [];
        if (!picked) {
          this.draining = false;
          return;
        }
        this.inViewLeft--;
        void this.prefetch(picked.path, { intent: false }).finally(next);
      });
    afterLoad(next);
  }
}
