/**
 * A link to a page of the blog that fetches the page's code and data ahead of the click:
 * when it comes into view (at idle time, one page at a time) and at once on hover or focus.
 * Post pages are then also rendered ahead of time (see page-stack/). A touch or a press
 * starts the page as the click that most likely follows would (PageNavigator.press).
 */
import { useEffect, useRef } from 'react';
import { usePageNavigator } from './page-navigator.ts';
import { useRouterLink, type RouterLinkProps } from './router-link.tsx';

export function PrefetchLink({ to, onClick, ...props }: RouterLinkProps) {
  const ref = useRef<HTMLAnchorElement>(null);
  const pages = usePageNavigator();
  const { prefetcher } = pages;
  useEffect(() => (ref.current ? prefetcher.watch(ref.current, to) : undefined), [to, prefetcher]);
  const now = () => void prefetcher.prefetch(to);
  const press = () => pages.press(to);
  // One element, not a component around a component: every page keeps many of these.
  return (
    <a
      ref={ref}
      onPointerEnter={now}
      onPointerDown={press}
      onFocus={now}
      onTouchStart={press}
      {...props}
      {...useRouterLink(to, onClick)}
    />
  );
}
