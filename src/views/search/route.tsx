/**
 * `/search?q=…&tag=…&series=…`: full-text search. The URL is the state (typing replaces
 * it, so Back leaves the page rather than undoing letters). The index is read in the
 * browser (data/search.ts); the prerendered page is the form, and without JavaScript it
 * says so and points to the archive and the tags.
 */
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useNavigate } from 'react-router';
import { FormattedDate } from '../../components/formatted-date.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { MarkedText } from '../../components/search/marked-text.tsx';
import { TagChips } from '../../components/tag-chips.tsx';
import { siteQuery, termsQuery } from '../../data/queries.ts';
import { searchQuery } from '../../data/search.ts';
import { useServices, type Services } from '../../data/services.ts';
import type { LoaderData } from '../../lib/head.ts';
import { withBase } from '../../lib/paths.ts';
import { usePage, usePageVisit } from '../../navigation/page-stack/page-context.ts';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';
import { RouterLink } from '../../navigation/router-link.tsx';
import { routePaths } from '../../navigation/routes.ts';
import type { LoaderArgs } from '../../navigation/views.ts';

const pageSize = 10;
const noSubscription = () => () => {};

export function loader(_: LoaderArgs, s: Services): Promise<LoaderData> {
  return Promise.all([s.queryClient.ensureQueryData(siteQuery(s)), s.queryClient.ensureQueryData(termsQuery(s))]).then(
    ([{ site }]) => ({
      head: {
        title: 'Search',
        description: `Search the posts of ${site.title}.`,
        path: routePaths.search(),
        type: 'website',
        kind: 'other',
        noindex: true,
      },
    }),
  );
}

function paramsOf(search: string) {
  const query = new URLSearchParams(search);
  return { q: query.get('q') ?? '', tag: query.get('tag') ?? '', series: query.get('series') ?? '' };
}

export function Component() {
  const s = useServices();
  const { search } = usePage();
  const { current } = usePageVisit();
  const params = paramsOf(search);
  const { data: terms } = useSuspenseQuery(termsQuery(s));
  const navigate = useNavigate();
  // What is typed leads; the URL follows it (replaced a moment later, one letter at a time),
  // and a URL the page did not write itself (Back, Forward, a link) sets it.
  const [typed, setTyped] = useState({ q: params.q, written: [search], seen: search });
  if (typed.seen !== search)
    setTyped({ q: typed.written.includes(search) ? typed.q : params.q, written: typed.written, seen: search });
  const q = typed.seen === search || typed.written.includes(search) ? typed.q : params.q;
  const [limit, setLimit] = useState(pageSize);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Arriving to search (not to read results reached by Back): the box is where the reader types.
    if (current && !params.q) input.current?.focus();
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // The prerendered page says search needs JavaScript; once it runs, that goes (not <noscript>:
  // a browser with scripting off for a site still parses it as text).
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const active = q.trim() !== '';
  const answer = useQuery({
    ...searchQuery(s, { q, tag: params.tag, series: params.series }, limit),
    enabled: active,
    placeholderData: keepPreviousData,
  });
  const change = (value: string) => {
    const next = routePaths.search({ q: value, tag: params.tag, series: params.series });
    setTyped((t) => ({ q: value, written: [...t.written.slice(-30), next.slice('/search'.length)], seen: t.seen }));
    setLimit(pageSize);
    void navigate(next, { replace: true });
  };
  const tag = terms.tags.find((t) => t.slug === params.tag);
  const series = terms.series.find((t) => t.slug === params.series);
  const data = active ? answer.data : undefined;
  return (
    <>
      <PageHeading>Search</PageHeading>
      <form
        role="search"
        aria-label="Search page"
        method="get"
        action={withBase(s.base, routePaths.search())}
        className="search-form"
        onSubmit={(e) => e.preventDefault()}
      >
        <label htmlFor="search-page-input" className="sr-only">
          Search posts
        </label>
        <input
          ref={input}
          id="search-page-input"
          type="search"
          name="q"
          value={q}
          placeholder={`Search ${terms.totalPosts} posts`}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => change(e.target.value)}
        />
        {params.tag && <input type="hidden" name="tag" value={params.tag} />}
        {params.series && <input type="hidden" name="series" value={params.series} />}
        <button type="submit">Search</button>
      </form>
      {!scripted && (
        <p className="search-no-js">
          Search needs JavaScript. Without it, browse the <a href={withBase(s.base, routePaths.archive())}>archive</a> or the{' '}
          <a href={withBase(s.base, routePaths.tags())}>tags</a>.
        </p>
      )}
      {(tag || series) && (
        <p className="search-narrowing">
          Only posts {tag && <>tagged “{tag.name}”</>}
          {tag && series && ' in '}
          {series && (
            <>
              {!tag && 'in '}the series “{series.name}”
            </>
          )}
          . <RouterLink to={routePaths.search({ q })}>Search all posts</RouterLink>
        </p>
      )}
      <p className="search-status" role="status">
        {!active
          ? ''
          : answer.isError
            ? 'Search failed to load. Check your connection and try again.'
            : !data
              ? 'Searching…'
              : data.total === 0
                ? data.atLeast
                  ? `No match for “${q.trim()}” in the posts read so far.`
                  : ''
                : `${data.atLeast ? 'At least ' : ''}${data.total} ${data.total === 1 && !data.atLeast ? 'result' : 'results'} for “${q.trim()}”`}
      </p>
      {data && data.total === 0 && !data.atLeast && (
        <div className="empty search-empty">
          <p>
            No posts match “{q.trim()}”{tag || series ? ' here' : ''}.
          </p>
          <p>
            Check the spelling, try fewer or other words
            {tag || series ? ', search all posts' : ''}, or browse the{' '}
            <PrefetchLink to={routePaths.archive()}>archive</PrefetchLink> and the{' '}
            <PrefetchLink to={routePaths.tags()}>tags</PrefetchLink>.
          </p>
        </div>
      )}
      {data && data.results.length > 0 && (
        <ol className="post-list search-results">
          {data.results.map(({ doc, excerpt }) => (
            <li key={doc.slug} className="post-card">
              <h2 className="post-card-title" dir="auto">
                <PrefetchLink to={routePaths.post(doc.slug)}>
                  <MarkedText text={doc.title} marks={data.marks} />
                </PrefetchLink>
              </h2>
              {(excerpt ?? doc.summary) && (
                <p className="post-card-summary" dir="auto">
                  <MarkedText text={excerpt ?? doc.summary} marks={data.marks} />
                </p>
              )}
              <p className="post-meta">
                <FormattedDate value={doc.date} />
                {doc.series && <> · {doc.series.name}</>}
              </p>
              <TagChips tags={doc.tags} />
            </li>
          ))}
        </ol>
      )}
      {data && (data.results.length < data.total || data.atLeast) && (
        <button type="button" className="show-more" onClick={() => setLimit((n) => n + pageSize)}>
          Show more results
        </button>
      )}
    </>
  );
}
