/**
 * The blog → the JSON files the app loads, keyed by path under `data/<data id>/`.
 * Every shape comes from `schema/manifest.ts`; nothing here is hand-written data.
 */
import { dataPaths } from '../lib/paths.ts';
import type { ArchiveEntry, ImageMap, PostData, PostEntry, PostPage, SiteIndex, TermsIndex } from '../schema/manifest.ts';
import type { PostSummary } from '../schema/post.ts';
import type { SiteConfig } from '../schema/site.ts';
import type { Blog } from './collect-posts.ts';
import { relatedPosts, type RelatedPosts } from './related-posts.ts';

export type DataFiles = Map<string, unknown>;

function pages(posts: PostSummary[], size: number): PostPage[] {
  const totalPages = Math.max(1, Math.ceil(posts.length / size));
  return Array.from({ length: totalPages }, (_, i) => ({
    page: i + 1,
    totalPages,
    totalPosts: posts.length,
    posts: posts.slice(i * size, (i + 1) * size),
  }));
}

const link = (post: PostSummary | undefined) => post && { slug: post.slug, title: post.title };
/** A post in a list of titles and dates (the archive, related posts). */
const entry = ({ slug, title, date }: PostSummary): PostEntry => ({ slug, title, date });

/**
 * `images`: each post's measured local images, by slug (build/post-images.ts); `related`:
 * how related posts are chosen (the build keeps them between runs).
 */
export function dataFiles(
  blog: Blog,
  site: SiteConfig,
  images = new Map<string, ImageMap>(),
  related: RelatedPosts = relatedPosts,
): DataFiles {
  const files: DataFiles = new Map();
  const { feedContent: _feedContent, ...publicSite } = site;
  const home = pages(blog.posts, site.postsPerPage);
  files.set(dataPaths.site(), { site: publicSite } satisfies SiteIndex);
  const terms: TermsIndex = {
    totalPosts: blog.posts.length,
    tags: blog.tags.map(({ name, slug, count }) => ({ name, slug, count })),
    series: blog.series.map(({ name, slug, posts }) => ({ name, slug, count: posts.length })),
    authors: blog.authors.map(({ name, slug, count }) => ({ name, slug, count })),
  };
  files.set(dataPaths.terms(), terms);
  for (const page of home) files.set(dataPaths.page(page.page), page);
  for (const tag of blog.tags) {
    for (const page of pages(tag.posts, site.postsPerPage)) files.set(dataPaths.tagPage(tag.slug, page.page), page);
  }
  const relatedTo = related(blog.posts);
  for (const author of blog.authors) {
    for (const page of pages(author.posts, site.postsPerPage)) files.set(dataPaths.authorPage(author.slug, page.page), page);
  }
  const seriesBySlug = new Map(blog.series.map((s) => [s.slug, s]));
  for (const series of blog.series) files.set(dataPaths.series(series.slug), series);
  blog.posts.forEach((post, i) => {
    const series = post.series && seriesBySlug.get(post.series.slug);
    const data: PostData = {
      post,
      ...(i > 0 && { newer: link(blog.posts[i - 1]) }),
      ...(i < blog.posts.length - 1 && { older: link(blog.posts[i + 1]) }),
      ...(series && { series: { name: series.name, slug: series.slug, parts: series.posts.map((p) => link(p)!) } }),
      related: (relatedTo.get(post.slug) ?? []).map(entry),
      ...(images.has(post.slug) && { images: images.get(post.slug) }),
    };
    files.set(dataPaths.post(post.slug), data);
  });
  const archive: ArchiveEntry[] = blog.posts.map(entry);
  files.set(dataPaths.archive(), archive);
  return files;
}
