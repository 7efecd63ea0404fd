/** `npm run serve [-- --port 4173 --base /blog/ --gzip --caching --folders-only]`: serves dist/ as a static host would. */
import { parseArgs } from 'node:util';
import { serveStatic } from './static-server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4173' },
    base: { type: 'string', default: '/' },
    dir: { type: 'string', default: 'dist' },
    gzip: { type: 'boolean', default: false },
    caching: { type: 'boolean', default: false },
    'folders-only': { type: 'boolean', default: false },
  },
});
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
await serveStatic({
  dir: values.dir,
  port: Number(values.port),
  base,
  gzip: values.gzip,
  caching: values.caching,
  foldersOnly: values['folders-only'],
});
console.log(`Serving ${values.dir}/ at http://localhost:${values.port}${base} (no SPA fallback; Ctrl+C to stop)`);
