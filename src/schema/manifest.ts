/**
 * Shapes of the JSON files the build writes under `data/<data id>/`. Split so that
 * no page downloads more than it shows, however many posts the blog has.
 */
import type { SiteConfig } from './site.ts';
import type { PostSummary, TagRef } from './post.ts';

export interface Counted extends TagRef {
  count: number;
}

/** `site.json`: the site's settings, loaded by every page. Changes only with the settings. */
export interface SiteIndex {
  site: Omit<SiteConfig, 'feedContent'>;
}

/**
 * `terms.json`: every tag, series and author with its count, for the pages that list them
 * (the home page's filters, the tag, series and author indexes, search). Grows with the blog
 * and changes with every new post, so the other pages neither embed nor depend on it.
 */
export interface TermsIndex {
  totalPosts: number;
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
  /** Up to five posts sharing a tag or the series, best first (content/related-posts.ts). */
  related: RelatedPost[];
  /** The local images it shows (its cover included), as the build measured them. */
  images?: ImageMap;
}

/** A local image's size in pixels, and its smaller copies when the build made some (build/post-images.ts). */
export interface ImageFacts {
  width: number;
  height: number;
  /** WebP copies, each by its path from the site root and its width, narrowest first. */
  srcset?: { path: string; width: number }[];
}

/** Images by their path from the site root, without the base: `posts/images/a.png`, `static/b.jpg`. */
export type ImageMap = Record<string, ImageFacts>;

/** A post as the archive and a post's related posts show it: its title and date. */
export type PostEntry = Pick<PostSummary, 'slug' | 'title' | 'date'>;

/** Only what the list shows: a summary here would weigh on every post's data file. */
export type RelatedPost = PostEntry;

/** `archive.json`: every post, newest first, only what the archive shows. */
export type ArchiveEntry = PostEntry;

/**
 * `search/meta.json`: what the search code reads first (docs/decisions/0016-sharded-search-index.md). Posts are
 * known by ids that stay the same from build to build (content/search-index.ts), oldest first.
 */
export interface SearchMeta {
  /** Published posts (ids may have gaps, where posts were removed). */
  docs: number;
  /** Post ids per `search/docs/<n>.json` file. */
  chunk: number;
  /** Every shard of postings, by key (a term's first two characters, or more for a shard split for size): its size in bytes. */
  shards: Record<string, number>;
}

/** `search/terms/<key>.json`: for each term, pairs of (post id − previous post id, weight × 10). */
export type SearchShard = Record<string, number[]>;

/** One entry of `search/docs/<n>.json`: what a result shows. */
export type SearchDoc = Pick<PostSummary, 'slug' | 'title' | 'date' | 'tags' | 'summary'> & { series?: TagRef };

/** `search/docs/<n>.json`: the posts of ids n × chunk to (n + 1) × chunk − 1, null where an id is unused. */
export type SearchDocs = (SearchDoc | null)[];

/** `search/text/<id>.json`: the post's text in passages (headings, paragraphs, code blocks), for excerpts and phrases. */
export type SearchText = string[];

/** `search/tags/<slug>.json` and `search/series/<slug>.json`: the ids of their posts, ascending. */
export type SearchFacet = number[];
