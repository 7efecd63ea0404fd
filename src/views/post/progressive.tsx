/**
 * A long post is shown a screenful first and the rest a frame after it is on screen,
 * so a new page appears at once, whether it was rendered on the click or ahead of time
 * (then its first screenful is all the browser laid out beforehand). A first load
 * (which hydrates the prerendered HTML and must match it), Back/Forward (which restore
 * a scroll position) and links to a #heading render everything at once.
 *
 * One state for the page, given through a context: when the page becomes the current one,
 * only what reads it renders again, not the whole post.
 */
import { createContext, startTransition, useContext, useEffect, useState, type ReactNode } from 'react';
import { usePageVisit } from '../../navigation/page-stack/page-context.ts';

const RestShownContext = createContext(true);

export function Progressive({ children }: { children: ReactNode }) {
  const { current, whole } = usePageVisit();
  const [rest, setRest] = useState(whole);
  // A page rendered ahead of time may become current by Back/Forward or with a #heading.
  const shown = rest || (current && whole);
  useEffect(() => {
    if (!current || shown) return;
    const frame = requestAnimationFrame(() => startTransition(() => setRest(true)));
    return () => cancelAnimationFrame(frame);
  }, [current, shown]);
  return <RestShownContext value={shown}>{children}</RestShownContext>;
}

/** Whether what lies below the first screenful is rendered yet. */
export const useRestShown = (): boolean => useContext(RestShownContext);

/** Its children once what lies below the first screenful is rendered. */
export function WhenRestShown({ children }: { children: ReactNode }) {
  return useRestShown() ? children : null;
}
