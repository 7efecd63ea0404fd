import type { ListFilters } from '../../data/queries.ts';
import { routePaths } from '../../navigation/routes.ts';

/** Page N's URL with the current filters kept. */
export function listHref(page: number, filters: Omit<ListFilters, 'page'>): string {
  const query = new URLSearchParams();
  if (filters.tag) query.set('tag', filters.tag);
  if (filters.series) query.set('series', filters.series);
  const search = query.toString();
  return routePaths.home(page) + (search ? `?${search}` : '');
}
