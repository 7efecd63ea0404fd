/** `npm run build`: see src/build/build-site.ts. Options: QUIRE_POSTS_DIR, QUIRE_OUT_DIR, QUIRE_BASE_URL. */
import path from 'node:path';
import { buildSite } from '../src/build/build-site.ts';
import { ContentError } from '../src/content/diagnostics.ts';

const root = process.cwd();
try {
  await buildSite({
    root,
    postsDir: path.resolve(root, process.env.QUIRE_POSTS_DIR ?? 'public/posts'),
    outDir: path.resolve(root, process.env.QUIRE_OUT_DIR ?? 'dist'),
    deleteOldOutputInBackground: true,
  });
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    console.error('\nThe build stopped; dist/ was not changed. Fix the problems above and build again.');
    process.exit(1);
  }
  throw error;
}
