/** The document title of a page without loader data (not found, load errors). */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../data/query-keys.ts';
import type { SiteIndex } from '../schema/manifest.ts';
import { pageTitle } from '../lib/head.ts';

export function useDocumentTitle(title: string): void {
  const siteTitle = useQueryClient().getQueryData<SiteIndex>(queryKeys.site())?.site.title;
  useEffect(() => {
    document.title = siteTitle ? pageTitle(title, siteTitle) : title;
  }, [title, siteTitle]);
}
