/** The keyboard shortcuts, in their own chunk, loaded once the page has hydrated. */
import { lazy, Suspense } from 'react';
import { useHydrated } from '../use-hydrated.ts';

const Shortcuts = lazy(() => import('./shortcuts.tsx'));

export function LazyShortcuts() {
  const hydrated = useHydrated();
  return hydrated ? (
    <Suspense fallback={null}>
      <Shortcuts />
    </Suspense>
  ) : null;
}
