/** `/series/<slug>`: one series in reading order. */
import { useSuspenseQuery } from '@tanstack/react-query';
import { FeedLink } from '../../components/feed-link.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PostList } from '../../components/post-list.tsx';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';
import { seriesQuery } from '../../data/queries.ts';
import { useServices, type Services } from '../../data/services.ts';
import { feedDir } from '../../lib/feeds.ts';
import type { LoaderData } from '../../lib/head.ts';
import type { LoaderArgs } from '../../navigation/views.ts';
import { routePaths } from '../../navigation/routes.ts';
import { usePage } from '../../navigation/page-stack/page-context.ts';
import { SeriesResume } from '../../components/series-progress/series-resume.tsx';
import { useSeriesProgress } from '../../components/series-progress/store.ts';
import { SaveSeriesOffline } from '../../components/offline/save-series.tsx';

export async function loader({ params }: LoaderArgs, s: Services): Promise<LoaderData> {
  const series = await s.queryClient.ensureQueryData(seriesQuery(s, params.series!));
  return {
    head: {
      // Not the bare name: a post is often named like its series.
      title: `Series “${series.name}”`,
      description: `A series of ${series.posts.length} ${series.posts.length === 1 ? 'post' : 'posts'}, in reading order.`,
      path: routePaths.series(series.slug),
      type: 'website',
      kind: 'list',
      feedDir: feedDir(routePaths.series(series.slug)),
    },
  };
}

export function Component() {
  const s = useServices();
  const { data } = useSuspenseQuery(seriesQuery(s, usePage().params.series!));
  // Null until hydrated: the prerendered page shows no progress.
  const progress = useSeriesProgress()?.[data.slug];
  const parts = data.posts.map(({ slug, title }) => ({ slug, title }));
  return (
    <>
      <PageHeading>{data.name}</PageHeading>
      <p className="list-intro">
        {data.posts.length} {data.posts.length === 1 ? 'part' : 'parts'}, in reading order ·{' '}
        <PrefetchLink to={routePaths.list(1, { series: data.slug })}>Newest first</PrefetchLink> ·{' '}
        <PrefetchLink to={routePaths.seriesIndex()}>All series</PrefetchLink> ·{' '}
        <FeedLink dir={feedDir(routePaths.series(data.slug))}>Feed of this series</FeedLink>
      </p>
      <SeriesResume slug={data.slug} parts={parts} progress={progress} />
      <PostList
        posts={data.posts}
        mark={(slug) => progress?.states[slug] === 'finished' && <span className="part-mark"> ✓ Finished</span>}
      />
      <SaveSeriesOffline slugs={parts.map((p) => p.slug)} />
    </>
  );
}
