/**
 * Builds the extra sites the end-to-end tests serve beside dist/: the sample blog under
 * a sub-path, a blog of hostile posts and a blog of odd but valid posts. Each is built
 * exactly as `npm run build` builds, into .cache/e2e/<name>/.
 */
import path from 'node:path';
import { buildSite } from '../src/build/build-site.ts';
import { resolveSite } from '../src/build/site-config.ts';
import { e2eSites } from '../e2e/sites.ts';

const root = process.cwd();
for (const fixture of e2eSites.filter((s) => s.postsDir)) {
  await buildSite({
    root,
    postsDir: path.resolve(root, fixture.postsDir!),
    outDir: path.resolve(root, fixture.outDir),
    site: resolveSite({ QUIRE_BASE_URL: `http://localhost:${fixture.port}${fixture.base}` }),
    log: (line) => console.log(`[${fixture.name}] ${line}`),
  });
}
