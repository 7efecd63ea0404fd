/**
 * Shapes of the JSON files the build writes under `data/<data id>/`. Split so that
 * no page downloads more than it shows, however many posts the blog has.
 */
import type { SiteConfig } from './site.ts';
import type { PostSummary, TagRef } from './post.ts';

export interface Counted extends TagRef {
  count: number;
}

/** `site.json`: loaded by every page. Small: no post entries. */
export interface SiteIndex {
  site: Omit<SiteConfig, 'feedContent'>;
  totalPosts: number;
  totalPages: number;
  tags: Counted[];
  series: Counted[];
  /** Every author with published posts. */
  authors?: Counted[];
}

/** `pages/<n>.json` (home), `tags/<slug>/<n>.json` (one tag) and `authors/<slug>/<n>.json` (one author): newest first. */
export interface PostPage {
  page: number;
  totalPages: number;
  totalPosts: number;
  posts: PostSummary[];
}

/** `series/<slug>.json`: every part, in reading order. */
export interface SeriesData {
  name: string;
  slug: string;
  posts: PostSummary[];
}

export interface PostLink {
  slug: string;
  title: string;
}

/** `posts/<slug>.json`: what a post page shows around the Markdown. */
export interface PostData {
  post: PostSummary;
  /** Newer and older posts in the whole blog. */
  newer?: PostLink;
  older?: PostLink;
  series?: {
    name: string;
    slug: string;
    parts: PostLink[];
  };
}

/** `archive.json`: every post, newest first, only what the archive shows. */
export type ArchiveEntry = Pick<PostSummary, 'slug' | 'title' | 'date'>;
