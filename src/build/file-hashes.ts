/**
 * The content hash of each post file, kept between builds under what the file system says
 * of the file (inode, size, and modification and change times to the nanosecond): a file
 * whose stamp is unchanged is not read again. The change time cannot be set back by a
 * program, so any write to the file makes a new stamp (docs/decisions/0022-rebuild-of-one-post.md).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readJsonSync } from './build-cache.ts';
import { sha } from './hash.ts';

type Kept = Record<string, [stamp: string, hash: string]>;

const stampOf = (file: string) => {
  const s = statSync(file, { bigint: true });
  return `${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
};

/** The hash of each file's bytes, in order, read only for files changed since `keptFile` was written. */
export function fileHashes(files: string[], keptFile: string): string[] {
  // No hashes kept yet, or unreadable: every file is read.
  const kept = readJsonSync<Kept>(keptFile) ?? {};
  const next: Kept = {};
  // Synchronous: ten thousand small reads through the I/O threads take far longer (0013).
  const hashes = files.map((file) => {
    const stamp = stampOf(file);
    const hash = kept[file]?.[0] === stamp ? kept[file][1] : sha(readFileSync(file));
    next[file] = [stamp, hash];
    return hash;
  });
  mkdirSync(path.dirname(keptFile), { recursive: true });
  writeFileSync(keptFile, JSON.stringify(next));
  return hashes;
}
