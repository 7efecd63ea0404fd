/**
 * A folder of images beside a post with its name (`public/posts/<slug>/` next to
 * `<slug>.md`) is copied into the folder the page writers fill (`posts/<slug>/index.html`)
 * at the same time: a cold build must not trip over
 * a folder the other side created first.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha } from './hash.ts';
import { buildSite } from './build-site.ts';
import { resolveSite } from './site-config.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, '.cache', 'test', 'build-post-folders');
const postsDir = path.join(work, 'posts');
const outDir = path.join(work, 'out');
const site = resolveSite({ QUIRE_BASE_URL: 'https://example.com/' });
const posts = 80;

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function writePosts() {
  await rm(work, { recursive: true, force: true });
  for (let i = 0; i < posts; i++) {
    const slug = `post-${i}`;
    await mkdir(path.join(postsDir, slug, 'images'), { recursive: true });
    await writeFile(
      path.join(postsDir, `${slug}.md`),
      `---\ntitle: Post ${i}\ndate: 2024-01-01\n---\n![a](${slug}/images/a.png)\n`,
    );
    await writeFile(path.join(postsDir, slug, 'images', 'a.png'), 'png');
  }
}

describe('buildSite with folders named like posts', () => {
  it('copies each folder beside the page written into it, cold build after cold build', async () => {
    for (let round = 0; round < 4; round++) {
      await writePosts();
      // Cold: no page cache and no previous output, so pages and copies race.
      await rm(path.join(root, '.cache', 'quire', 'out', sha(path.resolve(outDir)).slice(0, 12)), {
        recursive: true,
        force: true,
      });
      await buildSite({ root, postsDir, outDir, site, log: () => {} });
      for (let i = 0; i < posts; i++) {
        expect(existsSync(path.join(outDir, 'posts', `post-${i}`, 'index.html'))).toBe(true);
        expect(existsSync(path.join(outDir, 'posts', `post-${i}`, 'images', 'a.png'))).toBe(true);
      }
    }
  }, 240_000);
});

describe('buildSite with folder posts (<slug>/index.md)', () => {
  const dir = path.join(work, 'folder-posts');
  const [postsIn, out] = [path.join(dir, 'posts'), path.join(dir, 'out')];
  const write = async (name: string, text: string) => {
    await mkdir(path.dirname(path.join(postsIn, name)), { recursive: true });
    await writeFile(path.join(postsIn, name), text);
  };

  it('publishes the Markdown at posts/<slug>.md and the files beside it, not a draft folder; a rebuild follows an edit', async () => {
    await rm(dir, { recursive: true, force: true });
    await write('trip/index.md', '---\ntitle: Trip\ndate: 2024-01-01\n---\n![a](a.png)\n');
    await write('trip/a.png', 'png');
    await write('trip/more/b.png', 'png');
    await write('secret/index.markdown', '---\ntitle: Secret\ndate: 2024-01-01\ndraft: true\n---\n![s](s.png)\n');
    await write('secret/s.png', 'png');
    const build = () => buildSite({ root, postsDir: postsIn, outDir: out, site, log: () => {} });
    await build();
    const exists = (name: string) => existsSync(path.join(out, 'posts', name));
    expect(await readFile(path.join(out, 'posts', 'trip.md'), 'utf8')).toContain('title: Trip');
    expect(['trip/index.html', 'trip/a.png', 'trip/more/b.png'].filter(exists)).toEqual([
      'trip/index.html',
      'trip/a.png',
      'trip/more/b.png',
    ]);
    expect(['trip/index.md', 'secret', 'secret.md'].filter(exists)).toEqual([]);
    expect(await readFile(path.join(out, 'posts', 'trip', 'index.html'), 'utf8')).toContain('src="/posts/trip/a.png"');

    await write('trip/index.md', '---\ntitle: Trip, edited\ndate: 2024-01-01\n---\n![a](more/b.png)\n');
    const report = await build();
    expect(await readFile(path.join(out, 'posts', 'trip.md'), 'utf8')).toContain('title: Trip, edited');
    expect(await readFile(path.join(out, 'posts', 'trip', 'index.html'), 'utf8')).toContain('src="/posts/trip/more/b.png"');
    expect(report.rendered).toBeGreaterThan(0);
  }, 120_000);

  it('renders a folder post again from its index.md when its analysis comes from the cache', async () => {
    await rm(dir, { recursive: true, force: true });
    await write('trip/index.md', '---\ntitle: Trip\ndate: 2024-01-01\n---\nThe first day.\n');
    const build = () => buildSite({ root, postsDir: postsIn, outDir: out, site, log: () => {} });
    await build();
    // A newer post changes the trip's page (its link to the next post); the trip itself is unchanged.
    await write('later.md', '---\ntitle: Later\ndate: 2024-02-01\n---\nAfterwards.\n');
    await build();
    const page = await readFile(path.join(out, 'posts', 'trip', 'index.html'), 'utf8');
    expect(page).toContain('The first day.');
    expect(page).toContain('href="/posts/later"');
  }, 120_000);
});
