/** Light/dark switch (the choice itself is kept by theme.ts). */
import { useSyncExternalStore } from 'react';
import { effectiveTheme, subscribeTheme, toggleTheme } from './theme.ts';

export function ThemeToggle() {
  // The server cannot know the theme: render neutral, then the real state after hydration.
  const theme = useSyncExternalStore(subscribeTheme, effectiveTheme, () => null);
  return (
    <button
      type="button"
      className="theme-toggle"
      onClick={toggleTheme}
      aria-pressed={theme === null ? undefined : theme === 'dark'}
      aria-label="Dark theme"
      title="Toggle dark theme"
    >
      <span aria-hidden="true" className="theme-icon" />
    </button>
  );
}
