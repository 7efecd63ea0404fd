import type { PostData } from '../../schema/manifest.ts';
import { routePaths } from '../../navigation/routes.ts';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';

/** "Part 3 of 8 in Paper every day", the other parts, and previous / next in the series. */
export function SeriesBox({ series, part }: { series: NonNullable<PostData['series']>; part: number }) {
  const previous = series.parts[part - 2];
  const next = series.parts[part];
  return (
    <aside className="series-box" aria-label={`Series: ${series.name}`}>
      <p className="series-box-title">
        Part {part} of {series.parts.length} in <PrefetchLink to={routePaths.series(series.slug)}>{series.name}</PrefetchLink>
      </p>
      <details>
        <summary>All parts</summary>
        <ol>
          {series.parts.map((p, i) => (
            <li key={p.slug}>
              {i + 1 === part ? (
                <span aria-current="page">{p.title}</span>
              ) : (
                <PrefetchLink to={routePaths.post(p.slug)}>{p.title}</PrefetchLink>
              )}
            </li>
          ))}
        </ol>
      </details>
      <nav className="series-nav" aria-label="In this series">
        {previous ? (
          <PrefetchLink to={routePaths.post(previous.slug)} rel="prev">
            ← Previous: {previous.title}
          </PrefetchLink>
        ) : (
          <span />
        )}
        {next ? (
          <PrefetchLink to={routePaths.post(next.slug)} rel="next">
            Next: {next.title} →
          </PrefetchLink>
        ) : (
          <span />
        )}
      </nav>
    </aside>
  );
}
