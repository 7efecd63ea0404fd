/**
 * The real build (buildSite) on temporary posts folders: a build with bad content fails
 * with every problem listed and leaves the previous output exactly as it was; a blog
 * with no posts at all still builds a complete site; a rebuild reuses unchanged files
 * yet carries every edit and deletion. The first build in a checkout
 * compiles the app with Vite (cached in .cache/quire/app), hence the long timeouts.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../content/diagnostics.ts';
import { buildSite } from './build-site.ts';
import { resolveSite } from './site-config.ts';

const root = path.resolve(import.meta.dirname, '../..');
// Fixed paths (not random ones): the build keeps a cache folder per output folder. On the
// cache's file system, as a project's dist/ is, so that pages can be hard-linked from it.
const work = path.join(root, '.cache', 'test', 'build-site');
const postsDir = path.join(work, 'posts');
const outDir = path.join(work, 'out');
const site = resolveSite({ QUIRE_BASE_URL: 'https://example.com/' });
const buildTimeout = 240_000;

/** The page and post caches the last build reported: each test starts cold (pages that depend only on the settings would be reused). */
let caches: string | undefined;
const clear = async () => {
  await rm(work, { recursive: true, force: true });
  if (caches) await rm(caches, { recursive: true, force: true });
};
beforeEach(async () => {
  await clear();
  await mkdir(postsDir, { recursive: true });
});
afterAll(clear);

async function write(dir: string, files: Record<string, string | Buffer>) {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
}

/** Every file under a folder with the hash of its bytes, and every folder. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const e of entries) {
    const full = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, full);
    result[rel] = e.isDirectory()
      ? 'dir'
      : `${createHash('sha256')
          .update(await readFile(full))
          .digest('hex')} ${(await stat(full)).mtimeMs}`;
  }
  return result;
}

const run = async (log: string[]) => {
  const report = await buildSite({ root, postsDir, outDir, site, log: (line) => log.push(line) });
  caches = report.cache.output;
  return report;
};

describe('buildSite with bad content', () => {
  it(
    'throws a ContentError listing every problem, leaves the previous output byte for byte, and leaves no staging folder',
    async () => {
      const previous = {
        'index.html': '<!doctype html><title>previous deploy</title><p>still here</p>',
        'posts/old-post/index.html': '<p>an old page</p>',
        'data/abc123/site.json': '{"old":true}',
        'favicon.svg': Buffer.from([0x3c, 0x73, 0x76, 0x67, 0x00, 0xff, 0x3e]),
      };
      await write(outDir, previous);
      const before = await snapshot(outDir);
      await write(postsDir, {
        'good.md': '---\ntitle: Good\ndate: 2024-01-01\n---\n\nFine.\n',
        'no-title.md': '---\ndate: 2024-01-01\n---\n\nText.\n',
        'bad-date.md': '---\ntitle: Bad date\ndate: 2023-02-30\n---\n\nText.\n',
        'Bad Name.md': '---\ntitle: Bad name\ndate: 2024-01-01\ntags: go\n---\n\nText.\n',
        'warned.md': '---\ntitle: Warned\ndate: 2024-01-02\nsumary: typo\n---\n\nSee [gone](gone.md).\n',
      });

      const log: string[] = [];
      const error = await run(log).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ContentError);
      const dir = path.relative(root, postsDir);
      const known = '(known fields: title, date, summary, tags, series, seriesOrder, author, updated, draft, cover, aliases)';
      expect((error as ContentError).message).toBe(
        [
          '4 errors and 2 warnings in the posts:',
          `${dir}/Bad Name.md:1:1: file name "Bad Name.md" is not a valid slug: use lowercase letters, digits and hyphens, e.g. "bad-name.md"`,
          `${dir}/Bad Name.md:4:7: "tags" must be a list, e.g. tags: [go, kubernetes]`,
          `${dir}/bad-date.md:3:7: "date" is not a valid date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS] with an optional offset (Z or -07:00; without one, it is read in the timeZone of site.config.ts)`,
          `${dir}/no-title.md:1:1: missing required field "title": add a line such as title: "My post"`,
          `${dir}/warned.md:4:1: warning: unknown field "sumary": did you mean "summary"? ${known}`,
          `${dir}/warned.md:7:5: warning: link to "gone.md", which is not a published post: check the file name, or whether that post is a draft`,
        ].join('\n'),
      );
      expect((error as ContentError).diagnostics).toHaveLength(6);
      // Nothing reported as built.
      expect(log.filter((line) => line.startsWith('Built'))).toEqual([]);

      // The previous output is untouched: same files, same bytes, same modification times.
      expect(await snapshot(outDir)).toEqual(before);
      // Nothing half-done beside it: no staging or old-output folders left behind.
      expect((await readdir(work)).sort()).toEqual(['out', 'posts']);
    },
    buildTimeout,
  );

  it(
    'front matter the YAML library throws on (an unresolved alias) fails the build with the file named, output untouched',
    async () => {
      await write(outDir, { 'index.html': 'previous deploy' });
      const before = await snapshot(outDir);
      await write(postsDir, {
        'good.md': '---\ntitle: Good\ndate: 2024-01-01\n---\n\nFine.\n',
        'alias.md': '---\ntitle: *nothing\ndate: 2024-01-01\n---\n\nText.\n',
        'no-date.md': '---\ntitle: No date\n---\n\nText.\n',
      });
      const error = await run([]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(await snapshot(outDir)).toEqual(before);
      expect((await readdir(work)).sort()).toEqual(['out', 'posts']);
      // Every problem at once, each at its file: the crash of one post must not hide the others.
      const dir = path.relative(root, postsDir);
      expect(error).toBeInstanceOf(ContentError);
      const lines = (error as Error).message.split('\n').slice(1);
      expect(lines).toEqual([
        expect.stringMatching(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/alias\\.md:2:8: `)),
        `${dir}/no-date.md:1:1: missing required field "date": add a line such as date: 2024-05-01`,
      ]);
    },
    buildTimeout,
  );
});

describe('buildSite with no posts', () => {
  it(
    'builds a complete site: the home page says "No posts yet.", tags, series and archive pages exist',
    async () => {
      await write(outDir, { 'stale.html': 'from an older build' });
      const log: string[] = [];
      await run(log);

      expect(log.at(-1)).toMatch(/^Built 0 posts, \d+ pages /);
      const html = (file: string) => readFile(path.join(outDir, file), 'utf8');
      const text = (page: string) =>
        page
          .replace(/<script[\s\S]*?<\/script>/gi, ' ')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ');

      const home = await html('index.html');
      expect(text(home)).toContain('No posts yet.');
      for (const [file, heading] of [
        ['tags/index.html', 'Tags'],
        ['series/index.html', 'Series'],
        ['archive/index.html', 'Archive'],
      ] as const) {
        expect(existsSync(path.join(outDir, file)), file).toBe(true);
        expect(await html(file), file).toMatch(new RegExp(`<h1[^>]*>${heading}</h1>`));
      }
      expect(existsSync(path.join(outDir, '404.html'))).toBe(true);
      for (const feed of ['feed.xml', 'atom.xml', 'feed.json', 'sitemap.xml']) {
        expect(existsSync(path.join(outDir, feed)), feed).toBe(true);
      }
      expect(JSON.parse(await html('feed.json')).items).toEqual([]);
      // No page 2 for an empty blog.
      expect(existsSync(path.join(outDir, 'page', '2', 'index.html'))).toBe(false);
      // The new output replaced the old one entirely; nothing left beside it.
      expect(existsSync(path.join(outDir, 'stale.html'))).toBe(false);
      expect((await readdir(work)).sort()).toEqual(['out', 'posts']);
    },
    buildTimeout,
  );
});

describe('buildSite twice', () => {
  it(
    'a rebuild reuses what did not change and carries every edit: the edited post, its page and data, and no deleted post',
    async () => {
      const post = (title: string, body: string) => `---\ntitle: ${title}\ndate: 2024-01-01\n---\n\n${body}\n`;
      await write(postsDir, {
        'kept.md': post('Kept', 'This post stays the same.'),
        'edited.md': post('Edited', 'The first version.'),
        'removed.md': post('Removed', 'This post goes away.'),
      });
      const first: string[] = [];
      await run(first);
      expect(first.at(-1)).toMatch(/\(\d+ rendered, 0 from cache\)/);
      const out = (file: string) => readFile(path.join(outDir, file), 'utf8');
      const fileId = async (file: string) => (await stat(path.join(outDir, file))).ino;
      const untouched = ['posts/kept/index.html', 'posts/kept.md', 'tags/index.html'];
      const before = {
        ids: await Promise.all(untouched.map(fileId)),
        page: await out('posts/kept/index.html'),
        data: await readdir(path.join(outDir, 'data')),
      };

      // Same length as before, so only the content (and the modification time) differs.
      await write(postsDir, { 'edited.md': post('Edited', 'The first revision.') });
      const second: string[] = [];
      await run(second);
      // Its page and the lists showing its summary (home, its author's page) are rendered again; the rest come from the cache.
      expect(second.at(-1)).toMatch(/\(3 rendered, 7 from cache\)/);
      // Nothing that did not change was written again: the same files (hard links), the same
      // data folder, and the unchanged page as it was, byte for byte.
      expect(await Promise.all(untouched.map(fileId))).toEqual(before.ids);
      expect(await readdir(path.join(outDir, 'data'))).toEqual(before.data);
      expect(await out('posts/kept/index.html')).toBe(before.page);
      expect(await out('posts/edited.md')).toContain('The first revision.');
      expect(await out('posts/edited/index.html')).toContain('The first revision.');

      await write(postsDir, { 'edited.md': post('Edited', 'The second version, with more words.') });
      await rm(path.join(postsDir, 'removed.md'));
      await run([]);
      expect(await out('posts/edited.md')).toContain('The second version, with more words.');
      expect(await out('posts/kept.md')).toContain('This post stays the same.');
      expect(await out('posts/edited/index.html')).toContain('The second version, with more words.');
      const [dataId] = await readdir(path.join(outDir, 'data'));
      expect(JSON.parse(await out(`data/${dataId}/posts/edited.json`)).post.words).toBe(6);
      expect(await out(`data/${dataId}/posts/kept.json`)).toContain('"title":"Kept"');
      expect(existsSync(path.join(outDir, 'posts/removed.md'))).toBe(false);
      expect(existsSync(path.join(outDir, 'posts/removed/index.html'))).toBe(false);
      expect(existsSync(path.join(outDir, `data/${dataId}/posts/removed.json`))).toBe(false);
      expect(await out('index.html')).not.toContain('Removed');
    },
    buildTimeout,
  );
});
