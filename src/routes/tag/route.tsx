/** `/tags/<tag>`: posts with one tag, newest first, a page at a time. */
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { FeedLink } from '../../components/feed-link.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PostList } from '../../components/post-list.tsx';
import { PrefetchLink } from '../../components/prefetch-link.tsx';
import { siteQuery, tagPostsQuery } from '../../data/queries.ts';
import { queryClient } from '../../data/query-client.ts';
import type { LoaderData } from '../../lib/head.ts';
import { routePaths } from '../../lib/paths.ts';
import { usePage } from '../page-stack/page-context.ts';

export async function loader({ params }: LoaderFunctionArgs): Promise<LoaderData> {
  const slug = params.tag!;
  const [{ tags }] = await Promise.all([
    queryClient().ensureQueryData(siteQuery()),
    queryClient().ensureInfiniteQueryData(tagPostsQuery(slug)),
  ]);
  const tag = tags.find((t) => t.slug === slug);
  if (!tag) throw data(null, { status: 404 });
  return {
    head: {
      title: `Posts tagged “${tag.name}”`,
      description: `${tag.count} ${tag.count === 1 ? 'post' : 'posts'} tagged ${tag.name}.`,
      path: routePaths.tag(slug),
      type: 'website',
      kind: 'list',
      feedDir: `tags/${slug}/`,
    },
  };
}

export function Component() {
  const slug = usePage().params.tag!;
  const query = useSuspenseInfiniteQuery(tagPostsQuery(slug));
  const first = query.data.pages[0]!;
  const name = first.posts[0]?.tags.find((t) => t.slug === slug)?.name ?? slug;
  return (
    <>
      <PageHeading>
        Posts tagged “{name}”
      </PageHeading>
      <p className="list-intro">
        {first.totalPosts} {first.totalPosts === 1 ? 'post' : 'posts'} ·{' '}
        <PrefetchLink to={`/?tag=${encodeURIComponent(slug)}`}>Filter the home page by this tag</PrefetchLink> ·{' '}
        <PrefetchLink to={routePaths.tags()}>All tags</PrefetchLink> ·{' '}
        <FeedLink dir={`tags/${slug}/`}>Feed of this tag</FeedLink>
      </p>
      <PostList posts={query.data.pages.flatMap((p) => p.posts)} />
      {query.hasNextPage && (
        <button type="button" className="show-more" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? 'Loading…' : 'Show more posts'}
        </button>
      )}
    </>
  );
}
