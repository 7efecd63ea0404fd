/**
 * The big blog: generated posts plus the sample posts, so that the same long post, tag
 * and series exist in both blogs and their pages compare like for like.
 */
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { log } from './format.ts';
import { generatePosts, generatorVersion } from './generate-posts.ts';
import { root, samplePostsDir, work } from './paths.ts';

/** The generated posts, made once and reused while the generator, count and seed are unchanged. */
async function ensureGenerated(count: number, seed: number): Promise<string> {
  const dir = path.join(work, `posts-${count}`);
  const marker = `${dir}.json`;
  const want = { generatorVersion, count, seed };
  const have = (await readFile(marker, 'utf8').then(JSON.parse, () => undefined)) as typeof want | undefined;
  const files = existsSync(dir) ? (await readdir(dir)).filter((f) => f.endsWith('.md')).length : 0;
  if (have?.generatorVersion === generatorVersion && have.count === count && have.seed === seed && files === count) {
    log(`Using the ${count} generated posts in ${path.relative(root, dir)}`);
    return dir;
  }
  log(`Generating ${count} posts into ${path.relative(root, dir)}…`);
  const r = await generatePosts({ count, outDir: dir, seed });
  await writeFile(marker, JSON.stringify({ ...want, bytes: r.bytes, ms: r.ms }));
  log(
    `Generated ${(r.bytes / 1e6).toFixed(1)} MB in ${(r.ms / 1000).toFixed(1)} s (${r.withCode} with code, ${r.series} series, ${r.drafts} drafts)`,
  );
  return dir;
}

/** A fresh posts folder for the big blog; returns it and the generated file names. */
export async function assembleBigBlog(count: number, seed: number): Promise<{ postsDir: string; generated: string[] }> {
  const generated = await ensureGenerated(count, seed);
  const postsDir = path.join(work, `blog-${count}`, 'posts');
  await rm(path.dirname(postsDir), { recursive: true, force: true });
  await mkdir(postsDir, { recursive: true });
  await cp(generated, postsDir, { recursive: true });
  const clash = (await readdir(samplePostsDir)).filter((f) => f.endsWith('.md') && existsSync(path.join(postsDir, f)));
  if (clash.length) log(`warning: generated posts share file names with sample posts: ${clash.join(', ')}`);
  await cp(samplePostsDir, postsDir, { recursive: true });
  const names = (await readdir(generated)).filter((f) => f.endsWith('.md')).sort();
  return { postsDir, generated: names };
}

/** Appends a sentence to a published generated post (one from the middle); returns its file name. */
export async function touchOnePost(postsDir: string, generated: string[]): Promise<string | undefined> {
  for (let i = Math.floor(generated.length / 2); i < generated.length; i++) {
    const file = path.join(postsDir, generated[i]!);
    if (/^draft: true$/m.test((await readFile(file, 'utf8')).slice(0, 1500))) continue;
    await appendFile(file, '\nThis sentence was appended by the benchmark to time a one-post rebuild.\n');
    return generated[i];
  }
  return undefined;
}
