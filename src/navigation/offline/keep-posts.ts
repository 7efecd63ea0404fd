/** A page's side of offline reading: asks the service worker to keep posts, once it runs. */
import type { KeepPosts, KeptPosts } from './messages.ts';

/** Resolves once a service worker of this site is active; never where there is none (dev server, turned off). */
export const offlineReady = (): Promise<ServiceWorkerRegistration> =>
  'serviceWorker' in navigator ? navigator.serviceWorker.ready : new Promise(() => {});

/** Keeps each post's page, data and Markdown for reading offline; answers which could not be fetched. */
export async function keepPosts(slugs: string[], { allCode = false, opened = false } = {}): Promise<KeptPosts> {
  const registration = await offlineReady();
  const channel = new MessageChannel();
  const answer = new Promise<KeptPosts>((resolve) => {
    channel.port1.onmessage = (event: MessageEvent<KeptPosts>) => resolve(event.data);
  });
  registration.active!.postMessage({ type: 'keep-posts', slugs, allCode, opened } satisfies KeepPosts, [channel.port2]);
  return answer;
}
