/**
 * Series progress in localStorage, as an external store for useSyncExternalStore. Other
 * tabs' changes arrive through the `storage` event. Nothing is sent anywhere.
 */
import { useSyncExternalStore } from 'react';
import { parseProgress, record, reset, type PartState, type Progress, type SeriesInfo } from './progress.ts';

const storageKey = 'quire-series-progress';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: Progress } | undefined;

function read(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function snapshot(): Progress {
  const raw = read();
  if (cached?.raw !== raw) cached = { raw, value: parseProgress(raw) };
  return cached.value;
}

function write(progress: Progress) {
  try {
    localStorage.setItem(storageKey, JSON.stringify(progress));
  } catch {
    // Private mode or full: progress lasts for this page only.
    cached = { raw: read(), value: progress };
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => e.key === storageKey && listener();
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function markPart(series: SeriesInfo, part: string, state: PartState) {
  const before = snapshot();
  if (before[series.slug]?.states[part] === 'finished' && before[series.slug]?.last === part) return;
  if (state === 'opened' && before[series.slug]?.states[part] && before[series.slug]?.last === part) return;
  write(record(before, series, part, state, Date.now()));
}

export const resetSeries = (slug: string) => write(reset(snapshot(), slug));

/** Null in the prerendered HTML and while hydrating: progress is only known in the browser. */
export const useSeriesProgress = (): Progress | null => useSyncExternalStore(subscribe, snapshot, () => null);
