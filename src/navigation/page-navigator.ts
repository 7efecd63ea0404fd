/**
 * Everything that moves the reader between pages ahead of the router: prefetching, the
 * pages rendered ahead of time and their reveal on a click, and the fragment links of a
 * post not yet hydrated. One per app (one per page while prerendering), given to links
 * and the page stack through `PageNavigatorContext`.
 */
import { createContext, useContext } from 'react';
import type { Services } from '../data/services.ts';
import { withBase } from '../lib/paths.ts';
import { browserConnection, prefetchesInView } from './connection.ts';
import { EarlyFragmentLinks } from './early-fragment-links.ts';
import { PrerenderQueue } from './page-stack/prerender-queue.ts';
import { Prefetcher } from './prefetch.ts';
import { matchRoute } from './match-route.ts';
import type { ViewModule, Views } from './views.ts';

export class PageNavigator {
  readonly queue = new PrerenderQueue();
  readonly fragments = new EarlyFragmentLinks();
  readonly prefetcher = new Prefetcher(
    (path) => this.loadPage(path),
    this.queue,
    () => prefetchesInView(browserConnection()),
  );

  constructor(
    readonly services: Services,
    readonly views: Views,
  ) {}

  /** A router path's view code and data, as the router's loader would load them. */
  async loadPage(path: string): Promise<void> {
    const match = matchRoute(path);
    if (!match) return;
    await this.runLoader(await this.views.load(match.route.view), match.params, path);
  }

  /**
   * A click: the path's requests leave now, in this task, when its view's code is here,
   * instead of after the router's own work; the router's loader then finds them in flight.
   * A post page is also rendered ahead of time, out of sight, as its data comes in: its
   * frame is ready while the worker still renders its text, which the router waits for.
   * Failures are the router's to show.
   */
  startLoading(path: string): void {
    const match = matchRoute(path);
    const view = match && this.views.loaded(match.route.view);
    if (!view) return;
    this.runLoader(view, match.params, path).catch(() => undefined);
    this.queue.request(path.split('#')[0]!, { intent: true });
  }

  /**
   * A finger or a button pressed on a link: a click most likely follows (on a phone ~90 ms
   * later), so the page starts as a click's would, and its code loads if it is not here.
   */
  press(path: string): void {
    this.startLoading(path);
    void this.prefetcher.prefetch(path);
  }

  private async runLoader(view: ViewModule, params: Record<string, string | undefined>, path: string): Promise<void> {
    const url = new URL(withBase(this.services.base, path), location.origin);
    await view.loader?.({ params, request: new Request(url) }, this.services);
  }
}

export const PageNavigatorContext = createContext<PageNavigator | null>(null);

export function usePageNavigator(): PageNavigator {
  const navigator = useContext(PageNavigatorContext);
  if (!navigator) throw new Error('usePageNavigator() outside <PageNavigatorContext>');
  return navigator;
}
