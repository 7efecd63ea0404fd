import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey, readAnalyses, searchTextPath, writeAnalyses, type Analysis } from './analysis.ts';

const analysis = (file: string, hash: string): Analysis => ({ file, hash, diagnostics: [] });
const keys = (cache: object) => Object.keys(cache).sort();

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the analyses cache', () => {
  it('reads back what was written, and nothing of a removed file', async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), 'quire-analyses-')), 'analyses');
    const first = Array.from({ length: 200 }, (_, i) => analysis(`posts/p${i}.md`, `h${i}`));
    await writeAnalyses(dir, first, {});
    const read = await readAnalyses(dir);
    expect(keys(read)).toEqual(keys(Object.fromEntries(first.map((a) => [cacheKey(a.file, a.hash), a]))));

    const second = first.slice(1);
    await writeAnalyses(dir, second, read);
    expect(keys(await readAnalyses(dir))).toEqual(second.map((a) => cacheKey(a.file, a.hash)).sort());
  });

  it('rewrites only the shard of an edited file', async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), 'quire-analyses-')), 'analyses');
    const first = Array.from({ length: 500 }, (_, i) => analysis(`posts/p${i}.md`, `h${i}`));
    await writeAnalyses(dir, first, {});
    const names = await readdir(path.join(dir, 'shards'));
    expect(names.length).toBeGreaterThan(10);
    const before = new Map(
      await Promise.all(names.map(async (n) => [n, (await stat(path.join(dir, 'shards', n))).mtimeMs] as const)),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));

    const edited = first.map((a, i) => (i === 7 ? analysis(a.file, 'changed') : a));
    await writeAnalyses(dir, edited, await readAnalyses(dir));
    const after = await Promise.all(names.map(async (n) => [n, (await stat(path.join(dir, 'shards', n))).mtimeMs] as const));
    expect(after.filter(([n, t]) => t !== before.get(n))).toHaveLength(1);
    expect((await readAnalyses(dir))[cacheKey('posts/p7.md', 'changed')]?.hash).toBe('changed');
  });

  it("keeps a post's search text in a file of its own, and forgets an analysis whose text file is gone", async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), 'quire-analyses-')), 'analyses');
    const withPost = (file: string, hash: string, searchText: string[]) =>
      ({ ...analysis(file, hash), post: { slug: file, searchText } }) as unknown as Analysis;
    const posts = [withPost('a.md', '1', ['Alpha text']), withPost('b.md', '2', ['Beta'])];
    await writeAnalyses(dir, posts, {});
    expect(JSON.parse(await readFile(searchTextPath(dir, posts[0]!), 'utf8'))).toEqual(['Alpha text']);
    const read = await readAnalyses(dir);
    expect(read[cacheKey('a.md', '1')]?.post?.searchText).toBeUndefined();
    const shards = await readdir(path.join(dir, 'shards'));
    const written = (await Promise.all(shards.map((n) => readFile(path.join(dir, 'shards', n), 'utf8')))).join('');
    expect(written).toContain('a.md');
    expect(written).not.toContain('Alpha');

    await rm(searchTextPath(dir, posts[1]!));
    expect(Object.keys(await readAnalyses(dir))).toEqual([cacheKey('a.md', '1')]);

    await writeAnalyses(dir, [posts[0]!], read);
    expect(await readdir(path.join(dir, 'texts'))).toEqual([path.basename(searchTextPath(dir, posts[0]!))]);
  });
});
