/**
 * Every way a build can fail, as one sentence naming the file and what to do: an author
 * should never have to read a stack trace (QUIRE_DEBUG=1 prints it for us).
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../content/diagnostics.ts';
import { SettingError } from './setting-error.ts';

/** What to do about a file system error, by its code. */
const fixes: Record<string, string> = {
  EACCES: 'check that you may read and write it (its permissions and owner)',
  EPERM: 'check that you may read and write it (its permissions and owner), and that no other program holds it open',
  EEXIST: 'another build may be writing to the same folder: wait for it to finish, or delete the folder, and build again',
  ENOENT: 'it was moved or deleted while the build ran, or its folder does not exist: check the path and build again',
  ENOTDIR: 'a file stands where a folder is needed: rename or move that file, or choose another output folder (QUIRE_OUT_DIR)',
  EISDIR: 'a folder stands where a file is needed: rename or move that folder',
  ENOSPC: 'the disk is full: free some space and build again',
  EMFILE: 'too many files are open at once: raise the limit (ulimit -n) and build again',
  EBUSY: 'another program is using it: close that program and build again',
  EROFS: 'it is on a read-only file system: choose another output folder (QUIRE_OUT_DIR)',
};

interface FileError {
  code?: string;
  path?: string;
  dest?: string;
  syscall?: string;
  message: string;
}

interface CompileError {
  id?: string;
  loc?: { file?: string; line: number; column: number };
  message: string;
}

/** `outDir`: the output folder, which a failed build leaves as it was. */
export function buildFailureMessage(error: unknown, root: string, outDir = path.join(root, 'dist')): string {
  const rel = (file: string) => path.relative(root, path.resolve(root, file)) || '.';
  const unchanged = `The build stopped; ${rel(outDir)}/ was not changed.`;
  if (error instanceof ContentError) return `${error.message}\n\n${unchanged} Fix the problems above and build again.`;
  if (error instanceof SettingError) return `${error.message}\n${unchanged}`;
  const e = (error instanceof Error ? error : new Error(String(error))) as Error & FileError & CompileError;
  const first = e.message.split('\n')[0]!.trim();
  if (e.code && e.path) {
    // `mkdir -p` through a file fails with EEXIST, as a folder made by someone else does.
    const fileInTheWay = e.code === 'EEXIST' && statSync(e.path, { throwIfNoEntry: false })?.isFile();
    const fix = fixes[fileInTheWay ? 'ENOTDIR' : e.code] ?? 'build again; if it fails the same way, report this message';
    const what = e.dest ? `${rel(e.path)} to ${rel(e.dest)}` : rel(e.path);
    return `${what}: could not ${e.syscall ?? 'use'} it (${e.code}): ${fix}.\n${unchanged}`;
  }
  const file = e.loc?.file ?? e.id;
  if (file) {
    const at = e.loc ? `:${e.loc.line}:${e.loc.column + 1}` : '';
    return `${rel(file)}${at}: ${first}: fix this in the app's code and build again.\n${unchanged}`;
  }
  return `The build failed: ${first}. Build again; if it fails the same way, report this message (QUIRE_DEBUG=1 npm run build shows where it failed).\n${unchanged}`;
}
