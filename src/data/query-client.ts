/**
 * The react-query client. Content is fixed for a deploy, so data never goes stale;
 * failed fetches retry with backoff, except a definite "not found".
 */
import { isServer, QueryClient } from '@tanstack/react-query';
import { isNotFound } from './errors.ts';

/** How often a failed fetch is tried again: twice, unless the answer was a definite "not found". */
export const retryFailedFetch = (failures: number, error: unknown) => !isNotFound(error) && failures < 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        // On the server, no garbage-collection timers (they would keep the build process alive).
        gcTime: isServer ? Infinity : 30 * 60_000,
        retry: retryFailedFetch,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
    },
  });
}
