/**
 * On a series page: "Continue" to the next part to read (or "Start" with part 1), and a
 * way to forget the progress. Always one line, so that the list below does not move when
 * the reader's progress arrives after hydration.
 */
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
  const first = parts[0];
  if (!first) return null;
  const next = progress ? nextPart(parts, progress) : first;
  const finished = progress ? parts.filter((p) => progress.states[p.slug] === 'finished').length : 0;
  return (
    <div className="series-resume">
      {next ? (
        <PrefetchLink to={routePaths.post(next.slug)} className="continue-link">
          {`${progress ? 'Continue with' : 'Start with'} part ${parts.indexOf(next) + 1}: ${next.title}`}
        </PrefetchLink>
      ) : (
        <p className="series-done">You have read every part.</p>
      )}
      <div className="series-resume-status">
        <span className="series-resume-count">
          {finished} of {parts.length} read
        </span>
        {progress && (
          <button type="button" onClick={() => resetSeries(slug)}>
            Reset progress
          </button>
        )}
      </div>
    </div>
  );
}
