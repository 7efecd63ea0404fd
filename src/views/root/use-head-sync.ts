/**
 * After in-app navigation, replaces the head's page tags (title, description, canonical,
 * Open Graph, JSON-LD…) with the new page's, built by the same code as the prerendered HTML.
 * That code loads with the first head to change: a page loaded from its own HTML needs none.
 */
import { useEffect, useRef } from 'react';
import { useMatches } from 'react-router';
import type { LoaderData } from '../../lib/head.ts';
import type { HeadSite } from '../../lib/head-tags.ts';

export function useHeadSync(site: HeadSite, headInPlace: boolean): void {
  const matches = useMatches();
  const head = ([...matches].reverse().find((m) => (m.data as LoaderData | null)?.head)?.data as LoaderData | undefined)?.head;
  // Otherwise the HTML was prerendered for another URL (a filtered list, 404.html): the first head changes too.
  const inPlace = useRef(headInPlace ? head : undefined);
  useEffect(() => {
    if (!head || head === inPlace.current) return;
    inPlace.current = undefined;
    let current = true;
    import('../../lib/head-tags.ts')
      .then(({ pageHeadSelector, pageHeadTags }) => {
        if (!current) return;
        const template = document.createElement('template');
        template.innerHTML = pageHeadTags(head, site);
        const old = document.head.querySelectorAll(pageHeadSelector);
        old[0]?.before(template.content);
        old.forEach((el) => el.remove());
        if (!old.length) document.head.append(template.content);
      })
      // Its code could not load (offline, or a newer deploy removed it): the page itself is shown all the same.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [head, site]);
}
