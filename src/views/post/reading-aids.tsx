/**
 * A thin reading-progress bar and a "Back to top" control. Both are driven by CSS
 * (a scroll-driven animation, global.css); the button needs script, so it renders only
 * after hydration.
 */
import type { MouseEvent } from 'react';
import { useHydrated } from '../../components/use-hydrated.ts';

function backToTop(event: MouseEvent<HTMLButtonElement>) {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({ top: 0, behavior: reduce ? 'auto' : 'smooth' });
  // Keyboard and screen-reader users continue from the top too.
  event.currentTarget.closest('.page')?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
}

export function ReadingAids() {
  const hydrated = useHydrated();
  return (
    <>
      <div className="reading-progress" aria-hidden="true" />
      {hydrated && (
        <button type="button" className="back-to-top" onClick={backToTop}>
          <span aria-hidden="true">↑ </span>Back to top
        </button>
      )}
    </>
  );
}
