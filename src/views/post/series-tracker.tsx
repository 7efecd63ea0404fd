/**
 * Records series progress: a part is "opened" when it is the page on screen
 * (MarkOpened, as soon as the page shows) and "finished" when the end of its text
 * scrolls into view (SeriesTracker, rendered after the whole text). A page rendered ahead
 * of time (out of sight) records nothing.
 */
import { useEffect, useRef } from 'react';
import { markPart } from '../../components/series-progress/store.ts';
import type { SeriesInfo } from '../../components/series-progress/progress.ts';
import { usePageVisit } from '../../navigation/page-stack/page-context.ts';

export function MarkOpened({ series, part }: { series: SeriesInfo; part: string }) {
  const { current } = usePageVisit();
  useEffect(() => {
    if (current) markPart(series, part, 'opened');
  }, [current, series, part]);
  return null;
}

export function SeriesTracker({ series, part }: { series: SeriesInfo; part: string }) {
  const { current } = usePageVisit();
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!current) return;
    const target = end.current;
    if (!target || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        markPart(series, part, 'finished');
        observer.disconnect();
      }
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [current, series, part]);
  return <div ref={end} className="end-of-post" aria-hidden="true" />;
}
