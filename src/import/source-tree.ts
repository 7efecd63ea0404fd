/** A source site as the importer sees it: its file paths and a way to read them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SourceTree {
  /** Every file, as a `/`-separated path relative to the site's folder, sorted. */
  files: string[];
  read: (file: string) => string;
  /** Last modification as an ISO instant, for a post without any date. */
  modified: (file: string) => string;
}

/** Folders that are never content: build output, dependencies, version control. */
const ignored = new Set([
  '.git',
  'node_modules',
  'public',
  'resources',
  '_site',
  '.jekyll-cache',
  '.sass-cache',
  'vendor',
  'themes',
  '.hugo_build.lock',
]);

export function readSourceTree(root: string): SourceTree {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (ignored.has(entry.name)) continue;
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) files.push(rel);
    }
  };
  walk('');
  files.sort();
  return {
    files,
    read: (file) => readFileSync(path.join(root, file), 'utf8'),
    modified: (file) =>
      statSync(path.join(root, file))
        .mtime.toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
  };
}
