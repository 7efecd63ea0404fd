import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadPost, type LoadedPost } from '../content/load-post.ts';
import { copyWidths, postImages, type ImageFolders } from './post-images.ts';

let root: string;
let folders: ImageFolders;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'quire-images-'));
  folders = { postsDir: path.join(root, 'posts'), publicDir: path.join(root, 'public'), cacheDir: path.join(root, 'cache') };
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function put(file: string, bytes: Buffer | string) {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), bytes);
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#3366aa' } })
    .png()
    .toBuffer();

function post(name: string, body: string, frontMatter = ''): LoadedPost {
  const loaded = loadPost(`posts/${name}`, `---\ntitle: A post\ndate: 2024-01-01\n${frontMatter}---\n${body}\n`, name);
  return loaded.post!;
}

describe('postImages', () => {
  it('measures each local image a post shows, its cover included, by its path from the site root', async () => {
    await put('posts/images/a.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"></svg>');
    await put('posts/trip/small.png', await png(40, 30));
    await put('public/static/logo.png', await png(64, 32));
    await put('posts/images/cover.png', await png(120, 60));
    const posts = [
      post('one.md', '![](images/a.svg) ![](/static/logo.png) [a link](/static/other.png)', 'cover: images/cover.png\n'),
      post('trip/index.md', '![](small.png) ![](../images/a.svg)'),
      post('plain.md', 'No images here; [a link](https://example.com/x.png).'),
    ];
    const { byPost, copies } = await postImages(posts, folders);
    expect(Object.fromEntries(byPost)).toEqual({
      one: {
        'posts/images/a.svg': { width: 300, height: 150 },
        'static/logo.png': { width: 64, height: 32 },
        'posts/images/cover.png': { width: 120, height: 60 },
      },
      trip: { 'posts/trip/small.png': { width: 40, height: 30 }, 'posts/images/a.svg': { width: 300, height: 150 } },
    });
    expect(copies.size).toBe(0);
  });

  it('leaves out an image that is missing or unreadable (the broken-image warning is its message)', async () => {
    await put('posts/broken.png', 'not a png at all');
    await put('posts/nosize.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="100%"></svg>');
    const { byPost } = await postImages([post('one.md', '![](missing.png) ![](broken.png) ![](nosize.svg)')], folders);
    expect(byPost.size).toBe(0);
  });

  it('copies a large raster image at the smaller widths as WebP, which it lists narrowest first', async () => {
    await put('posts/wide.png', await png(1500, 500));
    const { byPost, copies, used } = await postImages([post('one.md', '![](wide.png)')], folders);
    const facts = byPost.get('one')!['posts/wide.png']!;
    expect(facts.width).toBe(1500);
    expect(facts.srcset!.map((c) => c.width)).toEqual(copyWidths.filter((w) => w < 1500));
    for (const copy of facts.srcset!) {
      const file = copies.get(copy.path)!;
      expect(copy.path).toMatch(/^assets\/img-[0-9a-f]{16}-\d+\.webp$/);
      expect(used.has(path.basename(file))).toBe(true);
      const meta = await sharp(file).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', copy.width, Math.round((copy.width * 500) / 1500)]);
    }
  });

  it('makes no copies of a raster image at most as wide as the threshold, or of an SVG', async () => {
    await put('posts/narrow.png', await png(960, 400));
    await put('posts/wide.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="1000"></svg>');
    const { byPost, copies } = await postImages([post('one.md', '![](narrow.png) ![](wide.svg)')], folders);
    expect(byPost.get('one')).toEqual({
      'posts/narrow.png': { width: 960, height: 400 },
      'posts/wide.svg': { width: 3000, height: 1000 },
    });
    expect(copies.size).toBe(0);
  });

  it('keeps what it measured and made by content hash: an unchanged image is not read by sharp again, a changed one is', async () => {
    await put('posts/wide.png', await png(1200, 600));
    const posts = [post('one.md', '![](wide.png)')];
    const first = await postImages(posts, folders);
    const factsFile = path.join(folders.cacheDir, 'facts.json');
    // Tamper with the cached size: a second build that reads the cache shows it.
    const cached = JSON.parse(await readFile(factsFile, 'utf8')) as Record<string, { width: number }>;
    for (const entry of Object.values(cached)) entry.width = 1111;
    await writeFile(factsFile, JSON.stringify(cached));
    const second = await postImages(posts, folders);
    expect(second.byPost.get('one')!['posts/wide.png']!.width).toBe(1111);
    expect([...second.copies]).toEqual([...first.copies]);
    // A new picture at the same path is measured afresh.
    await put('posts/wide.png', await png(1300, 600));
    expect((await postImages(posts, folders)).byPost.get('one')!['posts/wide.png']!.width).toBe(1300);
  });

  it('makes a cached image’s copies again when they are gone from the cache', async () => {
    await put('posts/wide.png', await png(1200, 600));
    const posts = [post('one.md', '![](wide.png)')];
    const { copies } = await postImages(posts, folders);
    const files = [...copies.values()];
    await Promise.all(files.map((f) => rm(f)));
    await postImages(posts, folders);
    expect(files.every((f) => existsSync(f))).toBe(true);
  });

  it('reads nothing and writes nothing for posts without images', async () => {
    const { byPost, used } = await postImages([post('plain.md', 'Text only.')], folders);
    expect(byPost.size).toBe(0);
    expect(used.size).toBe(0);
    expect(existsSync(folders.cacheDir)).toBe(false);
  });
});
