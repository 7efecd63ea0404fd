/** `/posts/<slug>`: one post, with its series, table of contents and neighbours. */
import { useDeferredValue } from 'react';
import { PageHeading } from '../../components/page-heading.tsx';
import { PostMeta } from '../../components/post-meta.tsx';
import { TagChips } from '../../components/tag-chips.tsx';
import { postBodyQuery, postQuery, siteQuery } from '../../data/queries.ts';
import { useServices, type Services } from '../../data/services.ts';
import { useArrivingQuery } from '../../data/use-arriving-query.ts';
import type { LoaderData } from '../../lib/head.ts';
import type { LoaderArgs } from '../../navigation/views.ts';
import { absoluteUrl, markdownPath } from '../../lib/paths.ts';
import { routePaths } from '../../navigation/routes.ts';
import { resolveUrl } from '../../markdown/resolve-url.ts';
import { imageKey, imageSizes, srcsetOf } from '../../markdown/image-attributes.ts';
import type { ImageFacts, PostData } from '../../schema/manifest.ts';
import { usePage } from '../../navigation/page-stack/page-context.ts';
import { PostBody } from './post-body.tsx';
import { PostNav } from './post-nav.tsx';
import { Progressive, WhenRestShown } from './progressive.tsx';
import { ReadingAids } from './reading-aids.tsx';
import { RelatedPosts } from './related-posts.tsx';
import { ShareBox } from './share-box.tsx';
import { SeriesBox } from './series-box.tsx';
import { MarkOpened, SeriesTracker } from './series-tracker.tsx';

export * as markdownRenderer from '../../markdown/render-in-worker.ts';

export async function loader({ params }: LoaderArgs, s: Services): Promise<LoaderData> {
  const slug = params.slug!;
  // Both at once, but the post's own answer decides: for a post that does not exist, its
  // Markdown's 404 (which may come first) must not turn "not found" into "text removed".
  const [meta, body] = await Promise.allSettled([
    s.queryClient.ensureQueryData(postQuery(s, slug)),
    s.queryClient.ensureQueryData(postBodyQuery(s, slug)),
  ]);
  if (meta.status === 'rejected') throw meta.reason;
  if (body.status === 'rejected') throw body.reason;
  const { post } = meta.value;
  const coverSize = coverFacts(meta.value, s.base);
  return {
    head: {
      title: post.title,
      description: post.summary,
      path: routePaths.post(slug),
      type: 'article',
      kind: 'post',
      published: post.date,
      ...(post.updated && { modified: post.updated }),
      authors: post.authors.map((a) => ({ name: a.name, path: routePaths.author(a.slug) })),
      tags: post.tags.map((t) => t.name),
      ...(post.cover && { image: post.cover }),
      ...(coverSize && { imageSize: { width: coverSize.width, height: coverSize.height } }),
    },
  };
}

/** The cover's measured size (it is among the post's images when it is a local file the build could read). */
function coverFacts(data: PostData, base: string) {
  const key = data.post.cover && imageKey(resolveUrl(data.post.cover, base), base);
  return key === undefined ? undefined : data.images?.[key];
}

/** The cover, with its size and smaller copies as the post's own images get them. */
function Cover({ src, facts, base }: { src: string; facts: ImageFacts | undefined; base: string }) {
  const srcSet = facts && srcsetOf(facts, src, base);
  return (
    <img
      className="post-cover"
      src={src}
      alt=""
      width={facts?.width}
      height={facts?.height}
      {...(srcSet && { srcSet, sizes: imageSizes })}
    />
  );
}

export function Component() {
  const s = useServices();
  const slug = usePage().params.slug!;
  // Read as they arrive (a page rendered ahead of time renders before its data is here), in
  // an interruptible pass: the whole page is a long render on a phone.
  const data = useDeferredValue(useArrivingQuery(postQuery(s, slug)));
  const index = useDeferredValue(useArrivingQuery(siteQuery(s)));
  if (!data || !index) return null;
  const { post } = data;
  // The text's first screenful first; the rest of it, and what comes below it, a frame later.
  return (
    <Progressive key={slug}>
      <article className="post">
        <header className="post-header">
          <PageHeading>{post.title}</PageHeading>
          {post.ownSummary && (
            <p className="post-lead" dir="auto">
              {post.summary}
            </p>
          )}
          <PostMeta post={post} showUpdated />
          <TagChips tags={post.tags} />
        </header>
        {post.cover && <Cover src={resolveUrl(post.cover, s.base)} facts={coverFacts(data, s.base)} base={s.base} />}
        {data.series && post.series && <SeriesBox series={data.series} part={post.series.part} />}
        {data.series && <MarkOpened series={data.series} part={slug} />}
        <PostBody slug={slug} end={data.series && <SeriesTracker series={data.series} part={slug} />} />
        <p className="post-source">
          <a href={s.base + markdownPath(slug)}>View the Markdown source</a>
        </p>
        <WhenRestShown>
          <ShareBox url={absoluteUrl(index.site, routePaths.post(slug))} title={post.title} />
          <RelatedPosts posts={data.related} />
          <PostNav data={data} />
        </WhenRestShown>
        <ReadingAids />
      </article>
    </Progressive>
  );
}
