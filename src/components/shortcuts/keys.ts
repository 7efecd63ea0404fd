/**
 * The keyboard shortcuts: what the `?` dialog lists, and which key (or `g` then a key)
 * means which action. No DOM here; shortcuts.tsx listens and acts.
 */
export type Action = 'help' | 'next' | 'previous' | 'home' | 'theme';

/** Listed in the dialog. Search's keys belong to the search box (bound there, not here). */
export const shortcutList: { keys: string[][]; what: string }[] = [
  { keys: [['/'], ['Ctrl', 'K'], ['⌘', 'K']], what: 'Search' },
  { keys: [['?']], what: 'Show these shortcuts' },
  { keys: [['j']], what: 'Next post in the list; on a post, the next part of its series, else the older post' },
  { keys: [['k']], what: 'Previous post in the list; on a post, the previous part of its series, else the newer post' },
  { keys: [['g', 'h']], what: 'Go to the home page' },
  { keys: [['t']], what: 'Switch between light and dark theme' },
];

const single: Record<string, Action> = { '?': 'help', j: 'next', k: 'previous', t: 'theme' };
const afterG: Record<string, Action> = { h: 'home' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
}

/**
 * The action for a key press, given whether `g` came just before it. With Ctrl, Cmd or
 * Alt held nothing fires (those belong to the browser, and Ctrl/Cmd+K to search).
 */
export function actionFor(press: KeyPress, afterGKey: boolean): { action?: Action; pendingG: boolean } {
  if (press.ctrlKey || press.metaKey || press.altKey || press.isComposing) return { pendingG: false };
  if (afterGKey) return { action: afterG[press.key], pendingG: false };
  if (press.key === 'g') return { pendingG: true };
  return { action: single[press.key], pendingG: false };
}

/** Typing in a field (or any editable element) is never a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  return el.isContentEditable || el.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null;
}
