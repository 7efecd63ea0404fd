/**
 * The search box in every page's header: a GET form to /search that works without
 * JavaScript. With it, the search code starts loading when the box is focused, and the
 * shortcuts (search-shortcut.ts) open the palette, which is loaded only then.
 */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useServices } from '../../data/services.ts';
import { withBase } from '../../lib/paths.ts';
import { usePageNavigator } from '../../navigation/page-navigator.ts';
import { routePaths } from '../../navigation/routes.ts';
import { useSearchShortcut } from './search-shortcut.ts';

const SearchPalette = lazy(() => import('../search/search-palette.tsx'));

export function HeaderSearch() {
  const { base } = useServices();
  const { prefetcher } = usePageNavigator();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);
  const openPalette = useCallback(() => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  useSearchShortcut(openPalette);
  const close = useCallback((restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) returnTo.current?.focus();
  }, []);
  return (
    <>
      <form
        role="search"
        aria-label="Site search"
        method="get"
        action={withBase(base, routePaths.search())}
        className="header-search"
        onSubmit={(e) => {
          e.preventDefault();
          void navigate(
            `${routePaths.search()}?${new URLSearchParams(new FormData(e.currentTarget) as unknown as Record<string, string>)}`,
          );
        }}
      >
        <label htmlFor="header-search-input" className="sr-only">
          Search posts
        </label>
        <input
          id="header-search-input"
          type="search"
          name="q"
          placeholder="Search"
          aria-keyshortcuts="/ Control+K Meta+K"
          onFocus={() => void prefetcher.prefetch(routePaths.search())}
        />
      </form>
      {open && (
        <Suspense fallback={null}>
          <SearchPalette onClose={close} />
        </Suspense>
      )}
    </>
  );
}
