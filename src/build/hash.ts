/** The build's one content hash: cache keys of analyses, pages, data files and the compiled app. */
import { createHash } from 'node:crypto';

export const sha = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 24);
};
