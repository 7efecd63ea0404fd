/**
 * After in-app navigation, replaces the head's page tags (title, description, canonical,
 * Open Graph, JSON-LD…) with the new page's, built by the same code as the prerendered HTML.
 */
import { useEffect } from 'react';
import { useMatches } from 'react-router';
import type { LoaderData } from '../../lib/head.ts';
import { pageHeadSelector, pageHeadTags, type HeadSite } from '../../lib/head-tags.ts';

export function useHeadSync(site: HeadSite): void {
  const matches = useMatches();
  const head = ([...matches].reverse().find((m) => (m.data as LoaderData | null)?.head)?.data as LoaderData | undefined)?.head;
  useEffect(() => {
    // Also on first load: the HTML may have been prerendered for another URL (a filtered list).
    if (!head) return;
    const template = document.createElement('template');
    template.innerHTML = pageHeadTags(head, site);
    const old = document.head.querySelectorAll(pageHeadSelector);
    old[0]?.before(template.content);
    old.forEach((el) => el.remove());
    if (!old.length) document.head.append(template.content);
  }, [head, site]);
}
