/**
 * Related posts kept between builds: they depend only on each post's slug, title, summary,
 * tags, series, draft state and place in the blog, which an edit of a post's body leaves
 * alone, and choosing them is one of the larger costs of a rebuild of a large blog
 * (docs/decisions/0022-rebuild-of-one-post.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { relatedPosts, type RelatedPosts } from '../content/related-posts.ts';
import { readJsonSync } from './build-cache.ts';
import { sha } from './hash.ts';

interface Kept {
  key: string;
  related: Record<string, string[]>;
}

/** `relatedPosts`, answered from `file` when the posts are the ones it was kept for. */
export function keptRelatedPosts(file: string): RelatedPosts {
  return (posts) => {
    const key = sha(
      JSON.stringify(posts.map((p) => [p.slug, p.title, p.summary, p.tags.map((t) => t.slug), p.series?.slug, p.draft])),
    );
    const previous = readJsonSync<Kept>(file);
    if (previous?.key === key) {
      const bySlug = new Map(posts.map((p) => [p.slug, p]));
      return new Map(Object.entries(previous.related).map(([slug, list]) => [slug, list.map((s) => bySlug.get(s)!)]));
    }
    const chosen = relatedPosts(posts);
    const kept: Kept = { key, related: Object.fromEntries([...chosen].map(([slug, list]) => [slug, list.map((p) => p.slug)])) };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(kept));
    return chosen;
  };
}
