/**
 * All loaded posts → the blog: drafts and scheduled posts (dated after `now`) dropped
 * (unless shown in dev, where scheduled ones are marked), newest first,
 * series put in reading order, tags counted. Cross-post problems are reported here.
 */
import { newestFirst, toInstant } from '../lib/dates.ts';
import { slugify } from '../lib/slug.ts';
import { sourceDir } from './load-post.ts';
import type { Counted } from '../schema/manifest.ts';
import type { PostSummary } from '../schema/post.ts';
import type { SiteConfig } from '../schema/site.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { LoadedPost } from './load-post.ts';

export interface Series {
  name: string;
  slug: string;
  /** Reading order. */
  posts: PostSummary[];
}

/** An old path of a published post, where its front matter names it. */
export interface Alias {
  path: string;
  slug: string;
  title: string;
  file: string;
  line: number;
  column: number;
}

export interface Blog {
  /** Newest first. */
  posts: PostSummary[];
  /** Each published post's aliases, in the order of the posts' files. */
  aliases: Alias[];
  tags: (Counted & { posts: PostSummary[] })[];
  series: Series[];
  /** Every author with a published post, most posts first; each author's posts newest first. */
  authors: (Counted & { posts: PostSummary[] })[];
}

export function collectPosts(
  loaded: LoadedPost[],
  site: Pick<SiteConfig, 'author' | 'timeZone'>,
  { includeDrafts, now = Date.now() }: { includeDrafts: boolean; now?: number },
): { blog: Blog; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const scheduled = (p: LoadedPost) => toInstant(p.frontMatter.date, site.timeZone) > now;
  const visible = loaded.filter((p) => includeDrafts || (!p.frontMatter.draft && !scheduled(p)));

  // Series: group by slug, order by seriesOrder, then date (oldest first).
  const groups = new Map<string, LoadedPost[]>();
  for (const post of visible) {
    const name = post.frontMatter.series;
    if (!name) continue;
    const slug = slugify(name);
    groups.set(slug, [...(groups.get(slug) ?? []), post]);
  }
  const partOf = new Map<string, { name: string; slug: string; part: number; total: number }>();
  const seriesOrder: { name: string; slug: string; slugs: string[] }[] = [];
  for (const [slug, members] of groups) {
    members.sort(
      (a, b) =>
        (a.frontMatter.seriesOrder ?? Infinity) - (b.frontMatter.seriesOrder ?? Infinity) ||
        toInstant(a.frontMatter.date, site.timeZone) - toInstant(b.frontMatter.date, site.timeZone) ||
        a.slug.localeCompare(b.slug),
    );
    const name = members[0]!.frontMatter.series!;
    const seen = new Map<number, LoadedPost>();
    for (const post of members) {
      const order = post.frontMatter.seriesOrder;
      if (order === undefined) continue;
      const first = seen.get(order);
      if (first) {
        diagnostics.push({
          file: post.file,
          line: post.lines.seriesOrder ?? 1,
          column: 1,
          severity: 'error',
          message: `seriesOrder ${order} is already used in series "${name}" by ${first.file}: give each part its own number`,
        });
      } else seen.set(order, post);
    }
    members.forEach((post, i) => partOf.set(post.slug, { name, slug, part: i + 1, total: members.length }));
    seriesOrder.push({ name, slug, slugs: members.map((p) => p.slug) });
  }

  const summaries = new Map<string, PostSummary>();
  for (const post of visible) {
    const fm = post.frontMatter;
    const tags = [...new Map((fm.tags ?? []).map((name) => [slugify(name), { name, slug: slugify(name) }])).values()];
    summaries.set(post.slug, {
      slug: post.slug,
      title: fm.title,
      date: fm.date,
      ...(fm.updated && { updated: fm.updated }),
      summary: post.summary,
      ...(fm.summary && { ownSummary: true as const }),
      authors: [fm.author ?? site.author].flat().map((name) => ({ name, slug: slugify(name) })),
      tags,
      ...(partOf.has(post.slug) && { series: partOf.get(post.slug) }),
      words: post.words,
      readingMinutes: post.readingMinutes,
      ...(fm.cover && { cover: coverPath(fm.cover, post.source) }),
      ...(post.source.includes('/') && { folder: true as const }),
      ...(fm.draft && { draft: true as const }),
      ...(scheduled(post) && { scheduled: true as const }),
    });
  }

  const byNewest = newestFirst(site.timeZone);
  const posts = [...summaries.values()].sort(byNewest);
  const tagMap = new Map<string, Counted & { posts: PostSummary[] }>();
  const files = new Map(visible.map((p) => [p.slug, p]));
  for (const post of posts) {
    for (const tag of post.tags) {
      const entry = tagMap.get(tag.slug) ?? { ...tag, count: 0, posts: [] };
      if (entry.name.toLowerCase() !== tag.name.toLowerCase()) {
        const source = files.get(post.slug)!;
        diagnostics.push({
          file: source.file,
          line: source.lines.tags ?? 1,
          column: 1,
          severity: 'warning',
          message: `tag "${tag.name}" has the same URL (/tags/${tag.slug}) as tag "${entry.name}" of ${files.get(entry.posts[0]!.slug)!.file}, so they are shown as one tag "${entry.name}": spell them the same`,
        });
      }
      entry.count++;
      entry.posts.push(post);
      tagMap.set(tag.slug, entry);
    }
  }
  const tags = [...tagMap.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
  const authorMap = new Map<string, Counted & { posts: PostSummary[] }>();
  for (const post of posts) {
    for (const author of post.authors) {
      const entry = authorMap.get(author.slug) ?? { ...author, count: 0, posts: [] };
      entry.count++;
      entry.posts.push(post);
      authorMap.set(author.slug, entry);
    }
  }
  const authors = [...authorMap.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
  const series = seriesOrder
    .map(({ name, slug, slugs }) => ({ name, slug, posts: slugs.map((s) => summaries.get(s)!) }))
    .sort((a, b) => byNewest(a.posts.at(-1)!, b.posts.at(-1)!));
  const aliases = visible.flatMap((p) =>
    p.aliases.map((a) => ({ ...a, slug: p.slug, title: p.frontMatter.title, file: p.file })),
  );
  return { blog: { posts, tags, series, aliases, authors }, diagnostics };
}

/** A relative cover is written from the post's folder; the summary's is from the posts folder, as every reader of it expects. */
function coverPath(cover: string, source: string): string {
  return /^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(cover) ? cover : sourceDir(source) + cover.replace(/^\.\//, '');
}
