/**
 * The id of the section the reader is in: the last heading of the table of contents
 * whose top has scrolled above the upper part of the window. Only on the page on screen.
 */
import { useEffect, useState, type RefObject } from 'react';
import { usePageVisit } from '../../navigation/page-stack/page-context.ts';

/** A heading counts as reached when its top is above this part of the window's height. */
const line = 0.25;

export function useCurrentSection(ids: string[], container: RefObject<HTMLElement | null>): string | undefined {
  const { current } = usePageVisit();
  const [active, setActive] = useState<string>();
  const key = ids.join(' ');
  useEffect(() => {
    const root = container.current;
    if (!current || !root) return;
    const ids = key.split(' ');
    let frame = 0;
    const update = () => {
      frame = 0;
      // Looked up each time: a post reached by a link shows its first screenful first and
      // the headings further down a frame later (progressive.ts).
      const headings = ids
        .map((id) => root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`))
        .filter((h): h is HTMLElement => h !== null);
      const limit = window.innerHeight * line;
      let found: string | undefined;
      for (const h of headings) {
        if (h.getBoundingClientRect().top <= limit) found = h.id;
        else break;
      }
      setActive(found);
    };
    const onScroll = () => {
      frame ||= requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [current, key, container]);
  return active;
}
