/** After an in-app navigation, move focus to the new page's heading (not on first load). */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

export function useFocusOnNavigate(): void {
  const { pathname, search } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('QuireMain');
    heading?.focus({ preventScroll: true });
  }, [pathname, search]);
}
