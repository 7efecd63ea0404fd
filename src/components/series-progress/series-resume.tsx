/** On a series page: "Continue" to the next part to read, and a way to forget the progress. */
import type { PostLink } from '../../schema/manifest.ts';
import { routePaths } from '../../navigation/routes.ts';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';
import { nextPart, type SeriesProgress } from './progress.ts';
import { resetSeries } from './store.ts';

export function SeriesResume({
  slug,
  parts,
  progress,
}: {
  slug: string;
  parts: PostLink[];
  progress: SeriesProgress | undefined;
}) {
  if (!progress) return null;
  const next = nextPart(parts, progress);
  const finished = parts.filter((p) => progress.states[p.slug] === 'finished').length;
  return (
    <div className="series-resume">
      {next ? (
        <PrefetchLink to={routePaths.post(next.slug)} className="continue-link">
          Continue with part {parts.indexOf(next) + 1}: {next.title}
        </PrefetchLink>
      ) : (
        <p className="series-done">You have read every part.</p>
      )}
      <span className="series-resume-count">
        {finished} of {parts.length} read
      </span>
      <button type="button" onClick={() => resetSeries(slug)}>
        Reset progress
      </button>
    </div>
  );
}
