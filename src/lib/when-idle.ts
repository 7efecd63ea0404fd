/** Runs `fn` when the main thread is idle (within `timeout` ms at the latest); returns a cancel function. */
export function whenIdle(fn: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(handle);
  }
  // Safari has no requestIdleCallback.
  const handle = setTimeout(fn, 200);
  return () => clearTimeout(handle);
}
