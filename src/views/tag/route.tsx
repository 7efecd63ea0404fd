/** `/tags/<tag>`: posts with one tag, newest first, a page at a time. */
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { FeedLink } from '../../components/feed-link.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PostList } from '../../components/post-list.tsx';
import { PrefetchLink } from '../../navigation/prefetch-link.tsx';
import { tagPostsQuery } from '../../data/queries.ts';
import { useServices, type Services } from '../../data/services.ts';
import { feedDir } from '../../lib/feeds.ts';
import type { LoaderData } from '../../lib/head.ts';
import type { PostPage } from '../../schema/manifest.ts';
import type { LoaderArgs } from '../../navigation/views.ts';
import { routePaths } from '../../navigation/routes.ts';
import { usePage } from '../../navigation/page-stack/page-context.ts';

/**
 * The tag as its posts spell it, and how many it has: from its first page of posts, so that
 * the page needs no list of every tag (a tag with no page of posts does not exist: 404).
 */
function aboutTag(first: PostPage, slug: string) {
  return { name: first.posts[0]?.tags.find((t) => t.slug === slug)?.name ?? slug, count: first.totalPosts };
}

export async function loader({ params }: LoaderArgs, s: Services): Promise<LoaderData> {
  const slug = params.tag!;
  const { pages } = await s.queryClient.ensureInfiniteQueryData(tagPostsQuery(s, slug));
  const tag = aboutTag(pages[0]!, slug);
  return {
    head: {
      title: `Posts tagged “${tag.name}”`,
      description: `${tag.count} ${tag.count === 1 ? 'post' : 'posts'} tagged ${tag.name}.`,
      path: routePaths.tag(slug),
      type: 'website',
      kind: 'list',
      feedDir: feedDir(routePaths.tag(slug)),
    },
  };
}

export function Component() {
  const s = useServices();
  const slug = usePage().params.tag!;
  const query = useSuspenseInfiniteQuery(tagPostsQuery(s, slug));
  const tag = aboutTag(query.data.pages[0]!, slug);
  return (
    <>
      <PageHeading>Posts tagged “{tag.name}”</PageHeading>
      <p className="list-intro">
        {tag.count} {tag.count === 1 ? 'post' : 'posts'} ·{' '}
        <PrefetchLink to={routePaths.list(1, { tag: slug })}>Filter the home page by this tag</PrefetchLink> ·{' '}
        <PrefetchLink to={routePaths.tags()}>All tags</PrefetchLink> ·{' '}
        <FeedLink dir={feedDir(routePaths.tag(slug))}>Feed of this tag</FeedLink>
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
