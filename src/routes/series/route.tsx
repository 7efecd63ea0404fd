/** `/series/<slug>`: one series in reading order. */
import { useSuspenseQuery } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { FeedLink } from '../../components/feed-link.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PostList } from '../../components/post-list.tsx';
import { PrefetchLink } from '../../components/prefetch-link.tsx';
import { seriesQuery } from '../../data/queries.ts';
import { queryClient } from '../../data/query-client.ts';
import type { LoaderData } from '../../lib/head.ts';
import { routePaths } from '../../lib/paths.ts';
import { usePage } from '../page-stack/page-context.ts';

export async function loader({ params }: LoaderFunctionArgs): Promise<LoaderData> {
  const series = await queryClient().ensureQueryData(seriesQuery(params.series!));
  return {
    head: {
      // Not the bare name: a post is often named like its series.
      title: `Series “${series.name}”`,
      description: `A series of ${series.posts.length} ${series.posts.length === 1 ? 'post' : 'posts'}, in reading order.`,
      path: routePaths.series(series.slug),
      type: 'website',
      kind: 'list',
      feedDir: `series/${series.slug}/`,
    },
  };
}

export function Component() {
  const { data } = useSuspenseQuery(seriesQuery(usePage().params.series!));
  return (
    <>
      <PageHeading>{data.name}</PageHeading>
      <p className="list-intro">
        {data.posts.length} {data.posts.length === 1 ? 'part' : 'parts'}, in reading order ·{' '}
        <PrefetchLink to={`/?series=${encodeURIComponent(data.slug)}`}>Newest first</PrefetchLink> ·{' '}
        <PrefetchLink to={routePaths.seriesIndex()}>All series</PrefetchLink> ·{' '}
        <FeedLink dir={`series/${data.slug}/`}>Feed of this series</FeedLink>
      </p>
      <PostList posts={data.posts} />
    </>
  );
}
