/**
 * The keys that open search: `/` (not while typing in a field, where it is a character)
 * and Ctrl+K / Cmd+K (anywhere: it types nothing). Its own module: other shortcuts are
 * handled elsewhere.
 */
import { useEffect } from 'react';

/** Whether the key goes to a field the reader is typing in. */
export const isTypingTarget = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target.matches('textarea, select, input:not([type=checkbox], [type=radio], [type=button], [type=submit])'));

export function isSearchShortcut(e: KeyboardEvent): boolean {
  if (e.defaultPrevented || e.isComposing || e.altKey) return false;
  if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'k') return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !isTypingTarget(e.target);
}

export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      open();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
}
