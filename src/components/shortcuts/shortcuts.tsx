/**
 * The keyboard shortcuts (keys.ts) and their `?` dialog. Loaded after hydration
 * (lazy-shortcuts.tsx): nothing here is needed to read a page.
 *
 * j/k: on a list, move focus through its post links (focus scrolls them into view); on a
 * post, follow its "next"/"previous" series link, else the older/newer post link, as a
 * reader going down a newest-first list would.
 */
import { useEffect, useId, useRef } from 'react';
import { useRouterNavigation } from '../../navigation/router-link.tsx';
import { routePaths } from '../../navigation/routes.ts';
import { toggleTheme } from '../layout/theme.ts';
import { actionFor, isTyping, shortcutList, type Action } from './keys.ts';
import { whenRendered } from './when-rendered.ts';

const currentPage = () =>
  document.querySelector<HTMLElement>('main .page[data-page="current"]') ?? document.querySelector('main');

/** The post links of the list on the page, in order. */
const listLinks = (page: HTMLElement) =>
  Array.from(page.querySelectorAll<HTMLAnchorElement>('.post-card-title a, .archive-month a'));

/**
 * `follow` goes where a link goes. Not a click on it: the lower part of a page just loaded
 * may not have hydrated yet, and a click there would load the next page whole.
 */
function move(direction: 1 | -1, signal: AbortSignal, follow: (link: HTMLAnchorElement) => void) {
  const page = currentPage();
  if (!page) return;
  if (page.querySelector('.post')) {
    // Below the first screenful of a page just shown, its older/newer links may not be there yet.
    const selector =
      direction === 1 ? '.series-nav a[rel="next"], .post-nav-older' : '.series-nav a[rel="prev"], .post-nav-newer';
    whenRendered(page, selector, signal, follow);
    return;
  }
  const links = listLinks(page);
  if (!links.length) return;
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = at === -1 ? (direction === 1 ? 0 : links.length - 1) : Math.min(links.length - 1, Math.max(0, at + direction));
  links[next]!.focus();
  links[next]!.scrollIntoView({ block: 'nearest' });
}

/** `takeEarlyKeys`: the keys pressed before this module was loaded, handled first. */
export default function Shortcuts({ takeEarlyKeys }: { takeEarlyKeys: () => KeyboardEvent[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const { go, pathOf } = useRouterNavigation();
  const titleId = useId();
  useEffect(() => {
    let pendingG = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastKey = new AbortController();
    const follow = (link: HTMLAnchorElement) => go(pathOf(link));
    const run = (action: Action) => {
      lastKey.abort();
      lastKey = new AbortController();
      if (action === 'help') {
        opener.current = document.activeElement;
        dialog.current?.showModal();
      } else if (action === 'next') move(1, lastKey.signal, follow);
      else if (action === 'previous') move(-1, lastKey.signal, follow);
      else if (action === 'home') go(routePaths.home());
      else toggleTheme();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || dialog.current?.open) return;
      const result = actionFor(event, pendingG);
      pendingG = result.pendingG;
      clearTimeout(timer);
      // "g" waits a moment for its second key.
      if (pendingG) timer = setTimeout(() => (pendingG = false), 1500);
      if (!result.action) return;
      event.preventDefault();
      run(result.action);
    };
    takeEarlyKeys().forEach(onKeyDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      clearTimeout(timer);
      lastKey.abort();
    };
  }, [go, pathOf, takeEarlyKeys]);
  // Escape (or the button) closes the dialog; focus goes back to where it was.
  const onClose = () => {
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
    opener.current = null;
  };
  return (
    <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {shortcutList.map((s) => (
            <tr key={s.what}>
              <td>
                {s.keys.map((combo, i) => (
                  <span key={combo.join('+')}>
                    {i > 0 && ' or '}
                    {combo.map((k, j) => (
                      <span key={k}>
                        {j > 0 && (combo[0] === 'g' ? ' then ' : '+')}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </span>
                ))}
              </td>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
