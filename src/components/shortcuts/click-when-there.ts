/** A shortcut's click on a link that a page just shown may not have rendered yet. */

/** How long a key waits for the link: a post's links to its neighbours render a frame after the page shows. */
const wait = 2000;

/** Clicks the first link of `page` matching `selector`, now or once it renders; `signal` (a newer key) cancels it. */
export function clickWhenThere(page: HTMLElement, selector: string, signal: AbortSignal): void {
  const find = () => page.querySelector<HTMLAnchorElement>(selector);
  const now = find();
  if (now) return now.click();
  const observer = new MutationObserver(() => {
    const link = find();
    if (!link) return;
    stop();
    link.click();
  });
  const timer = setTimeout(() => stop(), wait);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  signal.addEventListener('abort', stop);
  observer.observe(page, { childList: true, subtree: true });
}
