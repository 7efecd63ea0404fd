/** `/authors/<author>`: one author's posts, newest first, with their bio, avatar and link when the site configures them. */
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { data } from 'react-router';
import { PageHeading } from '../../components/page-heading.tsx';
import { PostList } from '../../components/post-list.tsx';
import { authorPostsQuery, siteQuery, termsQuery } from '../../data/queries.ts';
import { useServices, type Services } from '../../data/services.ts';
import type { LoaderData } from '../../lib/head.ts';
import { slugify } from '../../lib/slug.ts';
import type { LoaderArgs } from '../../navigation/views.ts';
import { routePaths } from '../../navigation/routes.ts';
import { usePage } from '../../navigation/page-stack/page-context.ts';

export async function loader({ params }: LoaderArgs, s: Services): Promise<LoaderData> {
  const slug = params.author!;
  const [{ site }, { authors = [] }] = await Promise.all([
    s.queryClient.ensureQueryData(siteQuery(s)),
    s.queryClient.ensureQueryData(termsQuery(s)),
    s.queryClient.ensureInfiniteQueryData(authorPostsQuery(s, slug)),
  ]);
  const author = authors.find((a) => a.slug === slug);
  if (!author) throw data(null, { status: 404 });
  const profile = site.authors?.find((a) => slugify(a.name) === slug);
  return {
    head: {
      title: `Posts by ${author.name}`,
      description: profile?.bio ?? `${author.count} ${author.count === 1 ? 'post' : 'posts'} by ${author.name} on ${site.title}.`,
      path: routePaths.author(slug),
      type: 'website',
      kind: 'list',
    },
  };
}

export function Component() {
  const s = useServices();
  const slug = usePage().params.author!;
  const { site } = useSuspenseQuery(siteQuery(s)).data;
  const { authors } = useSuspenseQuery(termsQuery(s)).data;
  const query = useSuspenseInfiniteQuery(authorPostsQuery(s, slug));
  const first = query.data.pages[0]!;
  const author = authors?.find((a) => a.slug === slug);
  const name = author?.name ?? slug;
  const profile = site.authors?.find((a) => slugify(a.name) === slug);
  const avatar =
    profile?.avatar && (/^https:/.test(profile.avatar) ? profile.avatar : `${s.base}${profile.avatar.replace(/^\//, '')}`);
  return (
    <>
      <PageHeading>Posts by {name}</PageHeading>
      {profile && (profile.bio || avatar || profile.url) && (
        <div className="author-profile">
          {avatar && <img className="author-avatar" src={avatar} alt="" width={64} height={64} />}
          {profile.bio && <p dir="auto">{profile.bio}</p>}
          {profile.url && (
            <p>
              <a href={profile.url} rel="me">
                {profile.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              </a>
            </p>
          )}
        </div>
      )}
      <p className="list-intro">
        {first.totalPosts} {first.totalPosts === 1 ? 'post' : 'posts'}
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
