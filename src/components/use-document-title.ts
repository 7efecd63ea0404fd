/** The document title of a page without loader data (not found, load errors). */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { siteQuery } from '../data/queries.ts';
import { pageTitle } from '../lib/head.ts';

export function useDocumentTitle(title: string): void {
  const siteTitle = useQueryClient().getQueryData(siteQuery().queryKey)?.site.title;
  useEffect(() => {
    document.title = siteTitle ? pageTitle(title, siteTitle) : title;
  }, [title, siteTitle]);
}
