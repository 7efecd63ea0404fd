/** `npm run build`: see src/build/build-site.ts. Options: QUIRE_POSTS_DIR, QUIRE_OUT_DIR, QUIRE_BASE_URL. */
import path from 'node:path';
import { buildSite } from '../src/build/build-site.ts';
import { buildFailureMessage } from '../src/build/failure-message.ts';

const root = process.cwd();
try {
  await buildSite({
    root,
    postsDir: path.resolve(root, process.env.QUIRE_POSTS_DIR ?? 'public/posts'),
    outDir: path.resolve(root, process.env.QUIRE_OUT_DIR ?? 'dist'),
    deleteOldOutputInBackground: true,
  });
} catch (error) {
  // A sentence naming the file and what to do, never a stack trace (unless asked for).
  console.error(buildFailureMessage(error, root));
  if (process.env.QUIRE_DEBUG) console.error(error);
  process.exit(1);
}
