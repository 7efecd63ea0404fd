/**
 * A query read without suspending, for what a page rendered ahead of time shows as its data
 * arrives: the arrival is an ordinary update, rendered at once. Data that resumes a
 * suspended boundary is held back by React until some time after any fallback last showed,
 * and every page rendered ahead showed one. Undefined until the data is here; a failure
 * goes to the error boundary, as it would when suspending.
 */
import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';

export function useArrivingQuery<T, K extends QueryKey>(options: UseQueryOptions<T, Error, T, K>): T | undefined {
  return useQuery({ ...options, throwOnError: true }).data;
}
