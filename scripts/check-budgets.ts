/**
 * CI check of the budgets (src/build/budgets.ts) for the JavaScript a reader downloads to
 * open a page, bytes and files, measured on the built files in dist/. Exits non-zero when a
 * budget is exceeded.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { budgets, fileBudget } from '../src/build/budgets.ts';
import { pageJavaScript } from '../src/build/page-weight.ts';

const dist = path.resolve(process.env.QUIRE_OUT_DIR ?? 'dist');
const postsDir = path.join(dist, 'posts');
// A post without code: its page has no <pre> block.
let plainPost: string | undefined;
for (const entry of await readdir(postsDir, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const html = await readFile(path.join(postsDir, entry.name, 'index.html'), 'utf8');
  if (!html.includes('<pre')) {
    plainPost = `posts/${entry.name}/index.html`;
    break;
  }
}
if (!plainPost) throw new Error('No post without code blocks found in dist/ to measure.');

let failed = false;
for (const [name, file] of [
  ['home', 'index.html'],
  ['post', plainPost],
] as const) {
  const weight = await pageJavaScript(dist, file);
  const ok = weight.gzipBytes <= budgets[name] && weight.files.length <= fileBudget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(5)} ${(weight.gzipBytes / 1024).toFixed(1).padStart(6)} KB gzip of JS (budget ${budgets[name] / 1024} KB) — ${file}, ${weight.files.length} files (budget ${fileBudget})`,
  );
  if (weight.files.length > fileBudget) console.log(`     its files: ${weight.files.join(', ')}`);
}
if (failed) process.exit(1);
