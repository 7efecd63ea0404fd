import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { sha } from '../src/build/hash.ts';
import { root } from './paths.ts';

/**
 * A fingerprint of the app's sources (names, sizes, modification times): when it changes
 * between two builds, the second one recompiles the app and re-renders every page, so it
 * is not a one-post rebuild (others may be editing the code while the bench runs).
 */
export function sourceStamp(): string {
  const parts: string[] = [];
  const walk = (rel: string) => {
    const abs = path.join(root, rel);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      try {
        const s = statSync(abs);
        parts.push(`${rel}:${s.size}:${s.mtimeMs}`);
      } catch {
        // Missing: nothing to fingerprint.
      }
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (!/\.test\.tsx?$/.test(e.name)) walk(path.join(rel, e.name));
    }
  };
  for (const entry of ['src', 'scripts', 'index.html', 'vite.config.ts', 'site.config.ts', 'package-lock.json']) walk(entry);
  return sha(...parts);
}
