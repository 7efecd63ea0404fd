/** Which pages to measure, chosen from the sample posts' front matter. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { slugify } from '../src/lib/slug.ts';
import { samplePostsDir } from './paths.ts';

export interface SampleFacts {
  /** The longest published post. */
  longSlug: string;
  /** A post with a code block. */
  codeSlug?: string;
  /** The tag and series with the most posts. */
  tagSlug: string;
  tagName: string;
  seriesSlug?: string;
  published: number;
}

interface PostFacts {
  slug: string;
  size: number;
  tags: string[];
  series?: string;
  code: boolean;
}

async function readPosts(): Promise<PostFacts[]> {
  const posts: PostFacts[] = [];
  for (const file of (await readdir(samplePostsDir)).filter((f) => f.endsWith('.md')).sort()) {
    const text = await readFile(path.join(samplePostsDir, file), 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    const fm = (m ? parseYaml(m[1]!) : {}) as Record<string, unknown>;
    if (fm.draft === true) continue;
    posts.push({
      slug: file.slice(0, -3),
      size: text.length,
      tags: Array.isArray(fm.tags) ? fm.tags.map(String) : [],
      ...(typeof fm.series === 'string' && { series: fm.series }),
      code: /^(```|~~~)/m.test(text),
    });
  }
  return posts;
}

/** Slugs by number of posts, most first: [slug, first name seen]. */
function mostUsed(names: string[]): [string, string][] {
  const counts = new Map<string, { name: string; n: number }>();
  for (const name of names) {
    const slug = slugify(name);
    counts.set(slug, { name: counts.get(slug)?.name ?? name, n: (counts.get(slug)?.n ?? 0) + 1 });
  }
  return [...counts].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0])).map(([slug, c]) => [slug, c.name]);
}

export async function sampleFacts(): Promise<SampleFacts> {
  const posts = await readPosts();
  const [tag] = mostUsed(posts.flatMap((p) => p.tags));
  const [series] = mostUsed(posts.flatMap((p) => (p.series ? [p.series] : [])));
  const longest = [...posts].sort((a, b) => b.size - a.size)[0];
  if (!longest || !tag) throw new Error('The sample blog needs at least one published post with a tag.');
  const withCode = posts.find((p) => p.code);
  return {
    longSlug: longest.slug,
    ...(withCode && { codeSlug: withCode.slug }),
    tagSlug: tag[0],
    tagName: tag[1],
    ...(series && { seriesSlug: series[0] }),
    published: posts.length,
  };
}
