/** Keeps the document title and description in step with the page after in-app navigation. */
import { useEffect } from 'react';
import { useMatches } from 'react-router';
import { pageTitle, type LoaderData } from '../../lib/head.ts';

export function useHeadSync(siteTitle: string): void {
  const matches = useMatches();
  const head = [...matches].reverse().find((m) => (m.data as LoaderData | null)?.head)?.data as LoaderData | undefined;
  useEffect(() => {
    if (!head) return;
    document.title = pageTitle(head.head.title, siteTitle);
    document.querySelector('meta[name="description"]')?.setAttribute('content', head.head.description);
  }, [head, siteTitle]);
}
