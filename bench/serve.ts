/** Serves the bench's builds with gzip and the deploy's caching, as a CDN would, on fixed ports (4340 and up by default). */
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import { serveStatic } from '../scripts/static-server.ts';

export interface Served {
  origin: string;
  close(): void;
}

/** Fails early, before the builds, when a port the bench will serve on is taken. */
export async function assertPortsFree(ports: number[]): Promise<void> {
  for (const port of ports) {
    await new Promise<void>((resolve, reject) => {
      const probe = createServer();
      probe.once('error', () => reject(new Error(`Port ${port} is in use: pick others with --port N (uses N and N + 1)`)));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
    });
  }
}

export async function serve(dir: string, port: number): Promise<Served> {
  const server: Server = await serveStatic({ dir, port, gzip: true, caching: true });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}
