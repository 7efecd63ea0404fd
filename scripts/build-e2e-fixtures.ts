/**
 * Builds the extra sites the end-to-end tests serve beside dist/: the sample blog under
 * a sub-path, a blog of hostile posts, a blog of odd but valid posts, a blog with a
 * scheduled post built before and after its time, and an old Hugo and
 * an old Jekyll site brought in by `npm run import` (as an author would, into a fresh
 * folder; what it printed is kept for the tests). Each is built exactly as `npm run build`
 * builds, into .cache/e2e/<name>/.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from '../src/build/build-site.ts';
import { resolveSite } from '../src/build/site-config.ts';
import { e2eSites, importReportFile } from '../e2e/sites.ts';

const root = process.cwd();
for (const fixture of e2eSites.filter((s) => s.postsDir)) {
  const postsDir = path.resolve(root, fixture.postsDir!);
  const publicDir = fixture.importFrom ? path.dirname(postsDir) : undefined;
  if (fixture.importFrom) {
    // A fresh clone's public/ (the favicon) without the sample posts.
    rmSync(publicDir!, { recursive: true, force: true });
    cpSync(path.join(root, 'public'), publicDir!, {
      recursive: true,
      filter: (src) => !src.startsWith(path.join(root, 'public', 'posts')),
    });
    const printed = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/import.ts', fixture.importFrom, '--out', fixture.postsDir!],
      { cwd: root, encoding: 'utf8' },
    );
    writeFileSync(path.resolve(root, importReportFile(fixture)), printed);
  }
  await buildSite({
    root,
    postsDir,
    outDir: path.resolve(root, fixture.outDir),
    publicDir,
    site: resolveSite({ QUIRE_BASE_URL: `http://localhost:${fixture.port}${fixture.base}` }),
    ...(fixture.now && { now: Date.parse(fixture.now) }),
    log: (line) => console.log(`[${fixture.name}] ${line}`),
  });
}
