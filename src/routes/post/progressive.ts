/**
 * After a click on a link, a long post is shown a screenful first and the rest a frame
 * later, so the new page appears at once. A first load (which hydrates the prerendered
 * HTML and must match it), Back/Forward (which restore a scroll position) and links to
 * a #heading render everything at once.
 */
import { startTransition, useEffect, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/** Top-level blocks to render at once: about a screenful. */
const firstBlocks = 12;

export function useProgressiveCount(total: number): number {
  const pushed = useNavigationType() === 'PUSH';
  const { hash } = useLocation();
  const [count, setCount] = useState(() => (pushed && !hash ? firstBlocks : Infinity));
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => startTransition(() => setCount(Infinity)));
    return () => cancelAnimationFrame(frame);
  }, [count, total]);
  return count;
}
