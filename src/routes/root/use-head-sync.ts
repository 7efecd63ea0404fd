/** Keeps the document title, description, canonical link and Open Graph tags in step after in-app navigation. */
import { useEffect } from 'react';
import { useMatches } from 'react-router';
import { pageTitle, type LoaderData } from '../../lib/head.ts';

const setContent = (selector: string, value: string) =>
  document.querySelectorAll(selector).forEach((el) => el.setAttribute('content', value));

export function useHeadSync(siteTitle: string): void {
  const matches = useMatches();
  const data = [...matches].reverse().find((m) => (m.data as LoaderData | null)?.head)?.data as LoaderData | undefined;
  const head = data?.head;
  useEffect(() => {
    if (!head) return;
    const url = new URL(import.meta.env.BASE_URL + head.path.replace(/^\//, ''), location.origin).href;
    document.title = pageTitle(head.title, siteTitle);
    setContent('meta[name="description"], meta[property="og:description"], meta[name="twitter:description"]', head.description);
    setContent('meta[property="og:title"], meta[name="twitter:title"]', head.title);
    setContent('meta[property="og:url"]', url);
    setContent('meta[property="og:type"]', head.type);
    document.querySelector('link[rel="canonical"]')?.setAttribute('href', url);
  }, [head, siteTitle]);
}
