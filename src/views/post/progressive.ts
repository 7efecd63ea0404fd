/**
 * A long post is shown a screenful first and the rest a frame after it is on screen,
 * so a new page appears at once, whether it was rendered on the click or ahead of time
 * (then its first screenful is all the browser laid out beforehand). A first load
 * (which hydrates the prerendered HTML and must match it), Back/Forward (which restore
 * a scroll position) and links to a #heading render everything at once.
 */
import { startTransition, useEffect, useState } from 'react';
import { usePageVisit } from '../../navigation/page-stack/page-context.ts';

/** Top-level blocks to render at once: about a screenful. */
const firstBlocks = 12;

export function useProgressiveCount(total: number): number {
  const { current, whole } = usePageVisit();
  const [count, setCount] = useState(() => (whole ? Infinity : firstBlocks));
  // A page rendered ahead of time may become current by Back/Forward or with a #heading.
  const shown = current && whole ? Infinity : count;
  useEffect(() => {
    if (!current || shown >= total) return;
    const frame = requestAnimationFrame(() => startTransition(() => setCount(Infinity)));
    return () => cancelAnimationFrame(frame);
  }, [current, shown, total]);
  return shown;
}
