/**
 * Registers the service worker (`sw.js`, README "Reading offline") after the page has
 * loaded, in idle time, so that it costs the first paint nothing; tells it each post the
 * reader opens. Where the site turned offline reading off, removes a worker registered before.
 */
import type { DataRouter } from 'react-router';
import { afterLoad, whenIdle } from '../lib/when-idle.ts';
import { withBase, withoutBase } from '../lib/paths.ts';
import { workerFile, isSiteCache } from '../navigation/offline/cache-rules.ts';
import { keepPosts } from '../navigation/offline/keep-posts.ts';
import { matchRoute } from '../navigation/match-route.ts';

interface Options {
  base: string;
  /** The site's `offline` setting, read once the page has loaded. */
  enabled: () => boolean;
  router: Pick<DataRouter, 'subscribe' | 'state'>;
}

export function startOffline({ base, enabled, router }: Options): void {
  if (!('serviceWorker' in navigator)) return;
  afterLoad(() => whenIdle(() => void (enabled() ? register(base, router) : unregister(base))));
}

async function register(base: string, router: Options['router']) {
  await navigator.serviceWorker.register(withBase(base, workerFile), { scope: base });
  let last = '';
  const opened = ({ pathname }: { pathname: string }) => {
    // The router's location keeps the base (`/blog/posts/x/`).
    const match = matchRoute(withoutBase(base, pathname));
    if (match?.route.id !== 'post' || pathname === last) return;
    last = pathname;
    void keepPosts([match.params.slug!], { opened: true });
  };
  opened(router.state.location);
  router.subscribe((state) => opened(state.location));
}

async function unregister(base: string) {
  const registration = await navigator.serviceWorker.getRegistration(base);
  if (!registration) return;
  await registration.unregister();
  for (const name of await caches.keys()) if (isSiteCache(name, base)) await caches.delete(name);
}
