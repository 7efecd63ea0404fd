/** On the home page: a "Continue" link for each series the reader is part way through. */
import { routePaths } from '../../navigation/routes.ts';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';
import { inProgress } from './progress.ts';
import { useSeriesProgress } from './store.ts';

export function ContinueReading() {
  const progress = useSeriesProgress();
  const series = progress ? inProgress(progress).slice(0, 3) : [];
  if (!series.length) return null;
  return (
    <section className="continue-reading" aria-label="Continue reading">
      <ul>
        {series.map((s) => (
          <li key={s.slug}>
            <PrefetchLink to={routePaths.post(s.next.slug)} className="continue-link">
              Continue {s.name}: {s.next.title}
            </PrefetchLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
