/**
 * On the home page: a "Continue" link to the series the reader was on last. One line in a
 * slot that index.html's first script sizes before the page paints (`data-reading`), so
 * that the posts below do not move when the progress arrives after hydration.
 */
import { routePaths } from '../../navigation/routes.ts';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';
import { inProgress } from './progress.ts';
import { useSeriesProgress } from './store.ts';

export function ContinueReading() {
  const progress = useSeriesProgress();
  const latest = progress ? inProgress(progress)[0] : undefined;
  return (
    <div className="continue-slot">
      {latest && (
        <section className="continue-reading" aria-label="Continue reading">
          <PrefetchLink to={routePaths.post(latest.next.slug)} className="continue-link">
            Continue {latest.name}: {latest.next.title}
          </PrefetchLink>
        </section>
      )}
    </div>
  );
}
