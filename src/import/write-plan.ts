/** Writes an import plan: posts and their files under the posts folder, static files under `public/`. */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportPlan } from './convert.ts';

export interface WriteOptions {
  sourceDir: string;
  /** The posts folder, e.g. `public/posts`. */
  postsDir: string;
  /** Where the site's static files go, e.g. `public`. */
  publicDir: string;
  dryRun: boolean;
  force: boolean;
}

export interface WriteResult {
  /** Paths written (or that would be, with `--dry-run`). */
  written: string[];
  /** Paths that exist and were left alone (no `--force`). */
  refused: string[];
}

export function writePlan(plan: ImportPlan, options: WriteOptions): WriteResult {
  const result: WriteResult = { written: [], refused: [] };
  const put = (target: string, write: () => void) => {
    if (existsSync(target) && !options.force) {
      result.refused.push(target);
      return false;
    }
    result.written.push(target);
    if (!options.dryRun) {
      mkdirSync(path.dirname(target), { recursive: true });
      write();
    }
    return true;
  };
  for (const post of plan.posts) {
    // A post is one file or a folder: the other form of the same slug counts as existing too.
    const other = path.join(options.postsDir, post.target.endsWith('/index.md') ? `${post.slug}.md` : `${post.slug}/index.md`);
    const target = path.join(options.postsDir, post.target);
    if (existsSync(other) && !options.force) {
      result.refused.push(other);
      continue;
    }
    if (!put(target, () => writeFileSync(target, post.text))) continue;
    for (const asset of post.assets) {
      const to = path.join(options.postsDir, asset.to);
      put(to, () => copyFileSync(path.join(options.sourceDir, asset.from), to));
    }
  }
  for (const file of plan.staticFiles) {
    const to = path.join(options.publicDir, file.to);
    put(to, () => copyFileSync(path.join(options.sourceDir, file.from), to));
  }
  return result;
}
