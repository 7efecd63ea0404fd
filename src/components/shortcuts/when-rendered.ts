/**
 * A shortcut's link on a page just shown: a post's links to its neighbours render a frame
 * after its first screenful, and on a slow phone, or a busy machine, that frame can be late.
 */

/**
 * Calls `found` with the first element of `page` (a page stack frame) matching `selector`, now
 * or once it renders, as long as the frame is the one shown and shows the same page;
 * `signal` (a newer key) cancels it.
 */
export function whenRendered<E extends Element>(
  page: HTMLElement,
  selector: string,
  signal: AbortSignal,
  found: (element: E) => void,
): void {
  const now = page.querySelector<E>(selector);
  if (now) return found(now);
  const path = page.dataset.path;
  const observer = new MutationObserver(() => {
    if (page.dataset.page !== 'current' || page.dataset.path !== path) return stop();
    const element = page.querySelector<E>(selector);
    if (!element) return;
    stop();
    found(element);
  });
  const stop = () => observer.disconnect();
  signal.addEventListener('abort', stop);
  observer.observe(page, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-page', 'data-path'] });
}
