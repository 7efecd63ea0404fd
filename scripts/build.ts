/**
 * `npm run build`: see src/build/build-site.ts. Options: QUIRE_POSTS_DIR, QUIRE_OUT_DIR,
 * QUIRE_BASE_URL, and QUIRE_BUILD_REPORT (a file to write the build's report to, as JSON).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite } from '../src/build/build-site.ts';
import { ContentError } from '../src/content/diagnostics.ts';

const root = process.cwd();
try {
  const report = await buildSite({
    root,
    postsDir: path.resolve(root, process.env.QUIRE_POSTS_DIR ?? 'public/posts'),
    outDir: path.resolve(root, process.env.QUIRE_OUT_DIR ?? 'dist'),
    deleteOldOutputInBackground: true,
  });
  if (process.env.QUIRE_BUILD_REPORT) await writeFile(path.resolve(root, process.env.QUIRE_BUILD_REPORT), JSON.stringify(report, null, 2));
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    console.error('\nThe build stopped; dist/ was not changed. Fix the problems above and build again.');
    process.exit(1);
  }
  throw error;
}
