/** Where the bench reads and writes. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const work = path.join(root, 'bench', '.work');
export const resultsDir = path.join(root, 'bench', 'results');
export const samplePostsDir = path.join(root, 'public', 'posts');
