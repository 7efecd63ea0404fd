/**
 * What the build keeps between runs in `.cache/quire/`: the compiled app (reused while
 * the sources are unchanged), each post's analysis (by content hash) and each page's
 * render (by the hash of everything it was rendered from).
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha } from './hash.ts';

export async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** `readJson` for the few small files read before anything else can run. */
export function readJsonSync<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Writes a file, creating its folder first. */
export async function writeFileIn(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

export const writeJson = (file: string, value: unknown) => writeFileIn(file, JSON.stringify(value));

/** Where a page's render is kept, by the hash of everything it was rendered from. */
export const pageCacheFile = (pageCacheDir: string, key: string) => path.join(pageCacheDir, `${key}.html`);

/** Hash of every file under the given paths (recursively), in a stable order. */
export async function hashTree(root: string, entries: string[]): Promise<string> {
  const files: string[] = [];
  const walk = async (rel: string) => {
    const abs = path.join(root, rel);
    const children = await readdir(abs, { withFileTypes: true }).catch(() => undefined);
    if (!children) return files.push(rel);
    for (const child of children.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!child.name.endsWith('.test.ts') && !child.name.endsWith('.test.tsx')) await walk(path.join(rel, child.name));
    }
  };
  for (const entry of entries) await walk(entry);
  const parts = await Promise.all(files.map(async (f) => sha(f, await readFile(path.join(root, f)).catch(() => ''))));
  return sha(...parts);
}

/** Removes every entry of `dir` not named in `keep`, so the cache holds only what the last build used. */
export async function pruneExcept(dir: string, keep: Set<string>): Promise<void> {
  const entries = await readdir(dir).catch(() => []);
  await Promise.all(entries.filter((e) => !keep.has(e)).map((e) => rm(path.join(dir, e), { recursive: true, force: true })));
}
