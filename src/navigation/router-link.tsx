/**
 * A link the router follows without a page load. Unlike react-router's <Link>, it takes
 * only absolute router paths and so does not re-render whenever the location changes:
 * with every link of the pages rendered ahead of time (see page-stack/), those
 * re-renders were much of a click's script time on a phone (docs/decisions/0011-router-links.md).
 */
import { useContext, useMemo, type ComponentProps, type MouseEvent } from 'react';
import { UNSAFE_NavigationContext } from 'react-router';
import { PageNavigatorContext } from './page-navigator.ts';

export type RouterLinkProps = Omit<ComponentProps<'a'>, 'href'> & {
  /** A router path (`/posts/x`, `/tags/go`, `/posts/x#notes`), without the site's base. */
  to: string;
};

/** A plain left click without modifier keys, on a link that opens in this tab. */
const isPlainClick = (event: MouseEvent, link: HTMLAnchorElement) =>
  !event.defaultPrevented &&
  event.button === 0 &&
  !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) &&
  (!link.target || link.target === '_self');

/** How links follow router paths: their `href`, and what a click on one does (the same functions while the router's base stays). */
export function useRouterNavigation() {
  const { basename, navigator } = useContext(UNSAFE_NavigationContext);
  const pages = useContext(PageNavigatorContext);
  return useMemo(() => {
    const prefix = basename === '/' ? '' : basename.replace(/\/$/, '');
    const hrefFor = (to: string) => prefix + to;
    /** The router path a link of this app goes to: its `href` (see hrefFor) less the base. */
    const pathOf = (link: HTMLAnchorElement) => (link.getAttribute('href') ?? '').slice(prefix.length);
    /** Goes to `to` as a plain click on its link does. */
    const go = (to: string) => {
      // A link to the page already shown replaces its history entry, as react-router's <Link> does.
      if (hrefFor(to) === location.pathname + location.search + location.hash) return navigator.replace(to);
      // The page's requests first; the router (it notes where the reader was on this page);
      // then the page, if it was rendered ahead of time: on screen in the next frame,
      // whatever the router still has to do.
      pages?.startLoading(to);
      navigator.push(to);
      pages?.queue.reveal(to);
    };
    const follow = (event: MouseEvent, link: HTMLAnchorElement, to: string) => {
      if (!isPlainClick(event, link)) return;
      event.preventDefault();
      go(to);
    };
    return { hrefFor, pathOf, go, follow };
  }, [basename, navigator, pages]);
}

/** The `href` and click handler of a link to `to` that the router follows. */
export function useRouterLink(to: string, onClick?: (event: MouseEvent<HTMLAnchorElement>) => void) {
  const { hrefFor, follow } = useRouterNavigation();
  return {
    href: hrefFor(to),
    onClick: (event: MouseEvent<HTMLAnchorElement>) => {
      onClick?.(event);
      follow(event, event.currentTarget, to);
    },
  };
}

export function RouterLink({ to, onClick, ...props }: RouterLinkProps) {
  return <a {...props} {...useRouterLink(to, onClick)} />;
}
