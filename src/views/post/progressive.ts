/**
 * A long post is shown a screenful first and the rest a frame after it is on screen,
 * so a new page appears at once, whether it was rendered on the click or ahead of time
 * (then its first screenful is all the browser laid out beforehand). A first load
 * (which hydrates the prerendered HTML and must match it), Back/Forward (which restore
 * a scroll position) and links to a #heading render everything at once.
 */
import { startTransition, useEffect, useState } from 'react';
import { usePageVisit } from '../../navigation/page-stack/page-context.ts';

/** Top-level blocks of a post's text to render at once: about a screenful. */
export const firstBlocks = 12;

/** Whether what lies below the first screenful is rendered yet. */
export function useRestShown(): boolean {
  const { current, whole } = usePageVisit();
  const [rest, setRest] = useState(whole);
  // A page rendered ahead of time may become current by Back/Forward or with a #heading.
  const shown = rest || (current && whole);
  useEffect(() => {
    if (!current || shown) return;
    const frame = requestAnimationFrame(() => startTransition(() => setRest(true)));
    return () => cancelAnimationFrame(frame);
  }, [current, shown]);
  return shown;
}
