/**
 * The react-query client. Content is fixed for a deploy, so data never goes stale;
 * failed fetches retry with backoff, except a definite "not found". Fetches run whether or
 * not the browser says it is online: the service worker may answer from what it kept, and
 * a page it cannot answer for loads whole (views/root/route-error.tsx) instead of waiting.
 */
import { isServer, QueryClient } from '@tanstack/react-query';
import { isNotFound, UnreachableError } from './errors.ts';

const offline = (error: unknown) => error instanceof UnreachableError && typeof navigator !== 'undefined' && !navigator.onLine;

/** How often a failed fetch is tried again: twice, unless the answer was a definite "not found" or the browser is offline. */
export const retryFailedFetch = (failures: number, error: unknown) => !isNotFound(error) && !offline(error) && failures < 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        // On the server, no garbage-collection timers (they would keep the build process alive).
        gcTime: isServer ? Infinity : 30 * 60_000,
        networkMode: 'always',
        retry: retryFailedFetch,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
    },
  });
}
