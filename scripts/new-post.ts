/**
 * `npm run new -- "Title" [--tags a,b] [--series "Name"]`: writes public/posts/<slug>.md
 * dated now in the site's time zone (site.config.ts `timeZone`, UTC without one), prints
 * its path and opens nothing. It never overwrites a post.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import siteConfig from '../site.config.ts';
import { newPost } from '../src/import/new-post.ts';

const usage = 'usage: npm run new -- "Title" [--tags a,b] [--series "Name"]';
function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({ allowPositionals: true, options: { tags: { type: 'string' }, series: { type: 'string' } } });
}
try {
  args = parse();
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const title = args.positionals.join(' ').trim();
if (!title) fail('which title?');

// `timeZone` is a site setting from issue 13; older settings files do not have it.
const { timeZone } = siteConfig as { timeZone?: unknown };
let post: ReturnType<typeof newPost>;
try {
  post = newPost({
    title,
    tags: args.values.tags?.split(','),
    series: args.values.series,
    timeZone: typeof timeZone === 'string' ? timeZone : undefined,
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const postsDir = path.resolve(process.env.QUIRE_POSTS_DIR ?? 'public/posts');
const file = path.join(postsDir, `${post.slug}.md`);
const folder = path.join(postsDir, post.slug, 'index.md');
for (const existing of [file, folder])
  if (existsSync(existing))
    fail(`${path.relative(process.cwd(), existing)} already exists: choose another title, or edit that post`);
mkdirSync(postsDir, { recursive: true });
writeFileSync(file, post.text, { flag: 'wx' });
console.log(path.relative(process.cwd(), file));
