/**
 * Until a prerendered post's body has hydrated, its links are plain links. Followed by
 * the browser, one to a #fragment of the page fires popstate inside the click, and React
 * renders the router's popstate update at once, with the click's failed attempt to
 * hydrate still pending: it gives up the prerendered body for its fallback, the page
 * shrinks and the reader lands elsewhere (and the router, seeing an entry it did not
 * make, restores the scroll position of the first one). The router follows it instead,
 * and the page scrolls to the fragment at once.
 */
import { withoutTrailingSlash } from '../lib/paths.ts';

const samePath = (a: string, b: string) => withoutTrailingSlash(a) === withoutTrailingSlash(b);

export class EarlyFragmentLinks {
  private readonly hydrated = new WeakSet<Element>();

  /** Called by the post body once React owns its elements. */
  markHydrated(body: Element): void {
    this.hydrated.add(body);
  }

  /** Before hydrating: the listener must run before React's, which is on the app's root. */
  install(navigateToHash: (hash: string) => void): void {
    window.addEventListener(
      'click',
      (event) => {
        if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey)
          return;
        const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href*="#"]') : null;
        const body = link?.closest('article.post')?.querySelector('.prose');
        if (!link || !body || this.hydrated.has(body) || link.target) return;
        if (link.origin !== location.origin || !samePath(link.pathname, location.pathname) || link.search !== location.search)
          return;
        event.preventDefault();
        // The router's update waits for the body to hydrate; the reader should not.
        document.getElementById(decodeURIComponent(link.hash.slice(1)))?.scrollIntoView();
        navigateToHash(link.hash);
      },
      { capture: true },
    );
  }
}
