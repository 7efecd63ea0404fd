/**
 * Tag and series filters. Their state is the URL (`?tag=…&series=…`), so a filtered
 * list can be shared, bookmarked and reached with Back. Without JavaScript the form
 * still submits as a plain GET.
 */
import { useState } from 'react';
import { useLocation, useNavigate, useNavigation, type Location } from 'react-router';
import { useServices } from '../../data/services.ts';
import { RouterLink } from '../../navigation/router-link.tsx';
import type { TermsIndex } from '../../schema/manifest.ts';
import { routePaths } from '../../navigation/routes.ts';

interface Props {
  terms: TermsIndex;
  tag?: string;
  series?: string;
  count: number;
}

interface Filters {
  tag?: string;
  series?: string;
}

/**
 * The reader's latest choice, shown until the navigation it started has landed: the
 * URL changes a moment before the new page renders, and a second arrow key pressed in
 * between must start from the new choice, not from the one on screen.
 */
function usePickedFilters(committed: Filters): [Filters, (next: Filters) => void] {
  const location = useLocation();
  const navigation = useNavigation();
  // Every navigation, Back included, yields a new location object (keys repeat on Back).
  const [picked, setPicked] = useState<{ at: Location; filters: Filters }>();
  const pending = picked && (picked.at === location || navigation.state !== 'idle');
  return [pending ? picked.filters : committed, (filters) => setPicked({ at: location, filters })];
}

export function FilterBar({ terms, count, ...committed }: Props) {
  const navigate = useNavigate();
  const { base } = useServices();
  const [{ tag, series }, pick] = usePickedFilters(committed);
  const change = (next: Filters) => {
    pick(next);
    void navigate(routePaths.list(1, next));
  };
  const filtered = Boolean(tag || series);
  return (
    // A plain form (it only submits without JavaScript): the router's <Form> would write the
    // home page under a sub-path as `/blog`, not `/blog/`.
    <form method="get" action={base} className="filter-bar" aria-label="Filter posts">
      <label>
        <span>Tag</span>
        <select name="tag" value={tag ?? ''} onChange={(e) => change({ tag: e.target.value, series })}>
          <option value="">All tags</option>
          {terms.tags.map((t) => (
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
          {terms.series.map((s) => (
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
            <RouterLink to="/">Clear filters</RouterLink>
          </>
        )}
      </p>
      <noscript>
        <button type="submit">Filter</button>
      </noscript>
    </form>
  );
}
