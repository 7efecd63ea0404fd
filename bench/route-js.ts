/** The JavaScript each kind of page needs to open (pageJavaScript, as the CI budgets count it). */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pageJavaScript } from '../src/build/page-weight.ts';
import type { SampleFacts } from './sample-facts.ts';

export interface RouteJs {
  file: string;
  gzipBytes: number;
  rawBytes: number;
  files: number;
}

/** The long post if it has no code block, else the first post without one. */
async function postWithoutCode(dist: string, facts: SampleFacts): Promise<string | undefined> {
  const hasCode = async (slug: string) => (await readFile(path.join(dist, 'posts', slug, 'index.html'), 'utf8')).includes('<pre');
  if (existsSync(path.join(dist, 'posts', facts.longSlug, 'index.html')) && !(await hasCode(facts.longSlug))) {
    return `posts/${facts.longSlug}/index.html`;
  }
  for (const entry of await readdir(path.join(dist, 'posts'), { withFileTypes: true })) {
    if (entry.isDirectory() && !(await hasCode(entry.name))) return `posts/${entry.name}/index.html`;
  }
  return undefined;
}

export async function routeJs(dist: string, facts: SampleFacts): Promise<Record<string, RouteJs>> {
  const routes: [string, string | undefined][] = [
    ['home', 'index.html'],
    ['post (no code)', await postWithoutCode(dist, facts)],
    ['post (with code)', facts.codeSlug && `posts/${facts.codeSlug}/index.html`],
    ['tag', `tags/${facts.tagSlug}/index.html`],
  ];
  const out: Record<string, RouteJs> = {};
  for (const [name, file] of routes) {
    if (!file || !existsSync(path.join(dist, file))) continue;
    const w = await pageJavaScript(dist, file);
    out[name] = { file, gzipBytes: w.gzipBytes, rawBytes: w.rawBytes, files: w.files.length };
  }
  return out;
}
