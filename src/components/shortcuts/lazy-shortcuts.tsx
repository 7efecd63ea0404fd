/**
 * The keyboard shortcuts, in their own chunk, loaded by the first key a reader presses
 * outside a field (nothing is fetched after load for readers who never use them). The keys
 * pressed until the chunk is in are handed to it, so the first shortcut works too.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { isTyping } from './keys.ts';

const Shortcuts = lazy(() => import('./shortcuts.tsx'));

export function LazyShortcuts() {
  // null once the shortcuts have taken the keys pressed early.
  const early = useRef<KeyboardEvent[] | null>([]);
  const takeEarlyKeys = useCallback(() => {
    const keys = early.current ?? [];
    early.current = null;
    return keys;
  }, []);
  const [wanted, setWanted] = useState(false);
  // Listening from the first commit: a key pressed as soon as the page is interactive counts.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!early.current || event.defaultPrevented || isTyping(event.target)) return;
      early.current.push(event);
      setWanted(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return wanted ? (
    <Suspense fallback={null}>
      <Shortcuts takeEarlyKeys={takeEarlyKeys} />
    </Suspense>
  ) : null;
}
