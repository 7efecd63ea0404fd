/**
 * `npm run build`: see src/build/build-site.ts. Options: QUIRE_POSTS_DIR, QUIRE_PUBLIC_DIR (the
 * site's static files), QUIRE_OUT_DIR, QUIRE_BASE_URL, and QUIRE_BUILD_REPORT (a file to write
 * the build's report to, as JSON).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite } from '../src/build/build-site.ts';
import { buildFailureMessage } from '../src/build/failure-message.ts';

const root = process.cwd();
const outDir = path.resolve(root, process.env.QUIRE_OUT_DIR ?? 'dist');
try {
  const report = await buildSite({
    root,
    postsDir: path.resolve(root, process.env.QUIRE_POSTS_DIR ?? 'public/posts'),
    publicDir: path.resolve(root, process.env.QUIRE_PUBLIC_DIR ?? 'public'),
    outDir,
    deleteOldOutputInBackground: true,
  });
  if (process.env.QUIRE_BUILD_REPORT)
    await writeFile(path.resolve(root, process.env.QUIRE_BUILD_REPORT), JSON.stringify(report, null, 2));
} catch (error) {
  // A sentence naming the file and what to do, never a stack trace (unless asked for).
  console.error(buildFailureMessage(error, root, outDir));
  if (process.env.QUIRE_DEBUG) console.error(error);
  process.exit(1);
}
