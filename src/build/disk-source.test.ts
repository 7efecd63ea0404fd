import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../data/errors.ts';
import { diskSource } from './disk-source.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'quire-disk-source-'));
  await mkdir(path.join(dir, 'trip'));
  await writeFile(path.join(dir, 'flat.md'), 'flat post');
  await writeFile(path.join(dir, 'trip', 'index.md'), 'folder post');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('diskSource', () => {
  const source = () => diskSource(new Map([['site.json', '{"a":1}']]), dir, new Map([['trip', 'trip/index.md']]));

  it('reads a flat post’s Markdown, and a folder post’s from its index file, where the app asks for posts/<slug>.md', async () => {
    expect(await source().text('posts/flat.md')).toBe('flat post');
    // A page rendered again while its post's analysis came from the cache has no parsed tree: it reads the file.
    expect(await source().text('posts/trip.md')).toBe('folder post');
  });

  it('answers not found for a post that is not there, and serves the data files parsed', async () => {
    await expect(source().text('posts/gone.md')).rejects.toBeInstanceOf(NotFoundError);
    expect(await source().json('site.json')).toEqual({ a: 1 });
  });
});
