/**
 * The local images posts show, measured for their `width` and `height`, and the large
 * raster ones copied at smaller widths as WebP for a `srcset` (docs/decisions/0023-image-sizes-and-copies.md).
 * Both kept in the build cache by the image's content hash: a rebuild measures and
 * resizes only new or changed images, and a post without images costs nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { localImages, type LoadedPost } from '../content/load-post.ts';
import type { ImageFacts, ImageMap } from '../schema/manifest.ts';
import { readJson, writeJson } from './build-cache.ts';
import { sha } from './hash.ts';
import { svgSize, type Size } from './svg-size.ts';

/** Rasters wider than this get smaller copies: the text column is about 740 CSS px wide. */
export const copyThreshold = 960;
/** The copies' widths (those narrower than the original): a phone, the column at 1×, the column at 2×. */
export const copyWidths = [480, 960, 1440];
const copyFormats = new Set(['png', 'jpeg', 'webp', 'heif']);

export interface ImageFolders {
  postsDir: string;
  /** The site's static files, where root-absolute paths point. */
  publicDir: string;
  /** This output's image cache: the facts by content hash, and the copies. */
  cacheDir: string;
}

interface Measured extends Size {
  /** Widths of the copies made. */
  copies?: number[];
}

export interface PostImages {
  /** Each post's images that could be read, by slug (posts without any are absent). */
  byPost: Map<string, ImageMap>;
  /** The copies to put in the output: output path (`assets/…`) → file in the cache. */
  copies: Map<string, string>;
  /** Names in the cache folder this build used (the rest can go). */
  used: Set<string>;
}

const copyName = (hash: string, width: number) => `img-${hash}-${width}.webp`;

/** sharp, loaded on the first raster image: a build of posts without any does not pay for its native module. */
const loadSharp = () => import('sharp').then((m) => m.default);

/** An image's size (EXIF orientation applied), or undefined when it is not an image sharp or svgSize can read. */
export async function measureImage(bytes: Buffer, file: string): Promise<Size | undefined> {
  if (/\.svgz?$/i.test(file) || /^\s*(?:<\?xml|<svg)/i.test(bytes.subarray(0, 256).toString('utf8')))
    return svgSize(bytes.toString('utf8'));
  try {
    const sharp = await loadSharp();
    const meta = await sharp(bytes).metadata();
    const { width, height } = meta.autoOrient;
    return width && height ? { width, height } : undefined;
  } catch {
    return undefined;
  }
}

/** Makes the smaller WebP copies of a large raster image in `dir`; their widths, or none for a small or vector one. */
export async function makeCopies(bytes: Buffer, size: Size, hash: string, dir: string): Promise<number[]> {
  if (size.width <= copyThreshold) return [];
  const sharp = await loadSharp();
  const format = (await sharp(bytes).metadata()).format;
  if (!copyFormats.has(format)) return [];
  const widths = copyWidths.filter((w) => w < size.width);
  await mkdir(dir, { recursive: true });
  await Promise.all(
    widths.map(async (width) => {
      const data = await sharp(bytes).autoOrient().resize({ width }).webp({ quality: 80 }).toBuffer();
      await writeFile(path.join(dir, copyName(hash, width)), data);
    }),
  );
  return widths;
}

/** Where an image's path from the site root is on disk: a post's folder, or public/. */
const fileOf = (key: string, { postsDir, publicDir }: ImageFolders) =>
  key.startsWith('posts/') ? path.join(postsDir, key.slice('posts/'.length)) : path.join(publicDir, key);

export async function postImages(posts: LoadedPost[], folders: ImageFolders): Promise<PostImages> {
  const result: PostImages = { byPost: new Map(), copies: new Map(), used: new Set() };
  const wanted = posts.map((post) => [post.slug, localImages(post)] as const).filter(([, keys]) => keys.length);
  if (!wanted.length) return result;
  const factsFile = path.join(folders.cacheDir, 'facts.json');
  const cached = (await readJson<Record<string, Measured>>(factsFile)) ?? {};
  const kept: Record<string, Measured> = {};
  const byKey = new Map<string, Promise<ImageFacts | undefined>>();
  const facts = (key: string) => {
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = measure(key)));
    return found;
  };
  const measure = async (key: string): Promise<ImageFacts | undefined> => {
    // A missing or unreadable file has no size: the broken-image warning (content/check-references.ts) is its message.
    const bytes = await readFile(fileOf(key, folders)).catch(() => undefined);
    if (!bytes) return undefined;
    const hash = sha(bytes).slice(0, 16);
    let measured = cached[hash];
    if (!measured || measured.copies?.some((w) => !existsSync(path.join(folders.cacheDir, copyName(hash, w))))) {
      const size = await measureImage(bytes, key);
      if (!size) return undefined;
      const copies = await makeCopies(bytes, size, hash, folders.cacheDir);
      measured = { ...size, ...(copies.length && { copies }) };
    }
    kept[hash] = measured;
    const { width, height, copies = [] } = measured;
    for (const w of copies) {
      result.copies.set(`assets/${copyName(hash, w)}`, path.join(folders.cacheDir, copyName(hash, w)));
      result.used.add(copyName(hash, w));
    }
    return {
      width,
      height,
      ...(copies.length && { srcset: copies.map((w) => ({ path: `assets/${copyName(hash, w)}`, width: w })) }),
    };
  };
  await Promise.all(
    wanted.map(async ([slug, keys]) => {
      const map: ImageMap = {};
      for (const key of keys) {
        const f = await facts(key);
        if (f) map[key] = f;
      }
      if (Object.keys(map).length) result.byPost.set(slug, map);
    }),
  );
  await writeJson(factsFile, kept);
  result.used.add('facts.json');
  return result;
}
