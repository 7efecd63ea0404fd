/**
 * After an in-app navigation to another page, move focus to its heading (not on first
 * load, and not when only the query changes: a filter control keeps its focus).
 */
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { elementIds } from '../../lib/element-ids.ts';

export function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading =
      document.querySelector<HTMLElement>('main .page[data-page="current"] h1') ?? document.getElementById(elementIds.main);
    heading?.focus({ preventScroll: true });
  }, [pathname]);
}
