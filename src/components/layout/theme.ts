/**
 * The reader's light/dark choice. Applied before first paint by the inline script in
 * index.html (stored choice, else the OS setting); the theme toggle and the `t` shortcut
 * store a choice here.
 */
export type Theme = 'light' | 'dark';
const storageKey = 'quire-theme';
const listeners = new Set<() => void>();

export function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function subscribeTheme(listener: () => void) {
  listeners.add(listener);
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', listener);
  };
}

export function toggleTheme() {
  const next: Theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
  document.documentElement.dataset.theme = next;
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  listeners.forEach((l) => l());
}
