/**
 * Reloading the page, once a minute for each reason: after a new deploy, an open tab may
 * ask for code or data that no longer exists; offline, the service worker answers a whole
 * page where the app could not load its data.
 */
import { StaleDeployError } from './errors.ts';

export const isStaleDeployError = (error: unknown): error is StaleDeployError => error instanceof StaleDeployError;

/** Reloads the page unless it was reloaded for this reason in the last minute; true if it did. */
export function reloadOnce(reason: 'stale deploy' | 'offline' = 'stale deploy'): boolean {
  if (typeof window === 'undefined') return false;
  const key = reason === 'offline' ? 'quire-reloaded-offline-at' : 'quire-reloaded-at';
  try {
    const last = Number(sessionStorage.getItem(key) ?? 0);
    if (Date.now() - last < 60_000) return false;
    sessionStorage.setItem(key, String(Date.now()));
  } catch {
    return false;
  }
  window.location.reload();
  return true;
}
