/**
 * The page a view is rendering. Usually the current URL, but the page stack also renders
 * pages ahead of a click, so views read their URL from here, not from the router. What
 * a page shows (`usePage`) is fixed for its URL; how it is being seen (`usePageVisit`)
 * changes when it is revealed, and only the few components that care re-render then.
 */
import { createContext, useContext } from 'react';
import { matchRoute } from '../match-route.ts';

export interface Page {
  /** Router path with its query, without the hash: `/posts/x`, `/?tag=go`. */
  path: string;
  params: Record<string, string | undefined>;
  search: string;
}

export interface PageVisit {
  /** False while the page is rendered ahead of time, out of sight. */
  current: boolean;
  /**
   * The page must be laid out whole at once: it was loaded, or reached by Back/Forward
   * (a scroll position to restore) or by a link to a #fragment, not by a plain link.
   */
  whole: boolean;
}

export const PageContext = createContext<Page | null>(null);
export const PageVisitContext = createContext<PageVisit>({ current: true, whole: true });

export function usePage(): Page {
  const page = useContext(PageContext);
  if (!page) throw new Error('usePage() outside a page of the page stack');
  return page;
}

export const usePageVisit = (): PageVisit => useContext(PageVisitContext);

export function pageAt(path: string): Page {
  const search = path.includes('?') ? path.slice(path.indexOf('?')) : '';
  return { path, params: matchRoute(path)?.params ?? {}, search };
}
