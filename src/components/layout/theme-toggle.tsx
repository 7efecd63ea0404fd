/**
 * Light/dark switch. The theme is applied before first paint by the inline script in
 * index.html (stored choice, else the OS setting); this button stores a choice.
 */
import { useSyncExternalStore } from 'react';

type Theme = 'light' | 'dark';
const storageKey = 'quire-theme';
const listeners = new Set<() => void>();

function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', listener);
  };
}

export function ThemeToggle() {
  // The server cannot know the theme: render neutral, then the real state after hydration.
  const theme = useSyncExternalStore(subscribe, effectiveTheme, () => null);
  const toggle = () => {
    const next: Theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    listeners.forEach((l) => l());
  };
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={toggle}
      aria-pressed={theme === null ? undefined : theme === 'dark'}
      aria-label="Dark theme"
      title="Toggle dark theme"
    >
      <span aria-hidden="true" className="theme-icon" />
    </button>
  );
}
