/**
 * What in the posts folder is not a post and not a file a post shows: MDX files, folders
 * of Markdown without an index.md, and other files at the top. They would otherwise be
 * skipped (or published as they are) without a word.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { folderPostIndexNames, isPostFileName } from './post-file-names.ts';

/** Files a post links to or shows, which may sit at the top of the posts folder. */
const media = /\.(png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?|pdf|mp3|mp4|m4a|webm|ogg|ogv|wav|zip|txt|csv|json)$/i;
const markdown = /\.(md|markdown|mdx)$/i;

const kinds = {
  mdx: { what: 'MDX file is not read', fix: 'Quire reads Markdown: rename it to .md, without its imports and components' },
  folder: {
    what: 'folder of Markdown without an index.md',
    fix: 'its files are not posts: a folder post is <slug>/index.md, with its files beside it',
  },
  other: {
    what: 'file in the posts folder is not a post',
    fix: 'posts are <slug>.md or <slug>/index.md; it is published as it is, under /posts/',
  },
};

export async function strayFiles(postsDir: string, displayDir: string): Promise<Diagnostic[]> {
  const entries = await readdir(postsDir, { withFileTypes: true }).catch(() => []);
  const found: Diagnostic[] = [];
  const report = (name: string, kind: keyof typeof kinds) => {
    const group = kinds[kind];
    found.push({
      file: `${displayDir}/${name}`,
      line: 1,
      column: 1,
      severity: 'warning',
      message: `${group.what}: ${group.fix}`,
      group,
    });
  };
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    if (e.isFile()) {
      if (/\.mdx$/i.test(e.name)) report(e.name, 'mdx');
      else if (!isPostFileName(e.name) && !media.test(e.name)) report(e.name, 'other');
    } else if (e.isDirectory()) {
      const inside = await readdir(path.join(postsDir, e.name)).catch(() => []);
      if (!inside.some((f) => folderPostIndexNames.includes(f)) && inside.some((f) => markdown.test(f)))
        report(`${e.name}/`, 'folder');
    }
  }
  return found;
}
