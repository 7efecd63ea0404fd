/**
 * A router link that fetches its page's code and data ahead of the click: when it
 * comes into view (at idle time, one page at a time) and at once on hover, focus or touch.
 */
import { useEffect, useRef, type ComponentProps } from 'react';
import { Link } from 'react-router';
import { prefetchPath, prefetchWhenIdle } from '../routes/prefetch.ts';

export function PrefetchLink(props: ComponentProps<typeof Link> & { to: string }) {
  const ref = useRef<HTMLAnchorElement>(null);
  const { to } = props;
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        prefetchWhenIdle(to);
        observer.disconnect();
      }
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [to]);
  const now = () => prefetchPath(to);
  return <Link ref={ref} onPointerEnter={now} onFocus={now} onTouchStart={now} {...props} />;
}
