/**
 * Tag and series filters. Their state is the URL (`?tag=…&series=…`), so a filtered
 * list can be shared, bookmarked and reached with Back. Without JavaScript the form
 * still submits as a plain GET.
 */
import { Form, Link, useNavigate } from 'react-router';
import type { SiteIndex } from '../../schema/manifest.ts';
import { listHref } from './list-href.ts';

interface Props {
  index: SiteIndex;
  tag?: string;
  series?: string;
  count: number;
}

export function FilterBar({ index, tag, series, count }: Props) {
  const navigate = useNavigate();
  const change = (next: { tag?: string; series?: string }) => navigate(listHref(1, next));
  const filtered = Boolean(tag || series);
  return (
    <Form method="get" action="/" className="filter-bar" aria-label="Filter posts">
      <label>
        <span>Tag</span>
        <select name="tag" value={tag ?? ''} onChange={(e) => change({ tag: e.target.value, series })}>
          <option value="">All tags</option>
          {index.tags.map((t) => (
            <option key={t.slug} value={t.slug}>
              {t.name} ({t.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Series</span>
        <select name="series" value={series ?? ''} onChange={(e) => change({ tag, series: e.target.value })}>
          <option value="">All series</option>
          {index.series.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name} ({s.count})
            </option>
          ))}
        </select>
      </label>
      <p className="filter-count" role="status">
        {count} {count === 1 ? 'post' : 'posts'}
        {filtered && (
          <>
            {' · '}
            <Link to="/">Clear filters</Link>
          </>
        )}
      </p>
      <noscript>
        <button type="submit">Filter</button>
      </noscript>
    </Form>
  );
}
