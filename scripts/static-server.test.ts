import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './static-server.ts';

describe('serveStatic with the deploy caching', () => {
  let dir: string;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'quire-serve-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'assets', 'app-1a2b.js'), 'export {};');
    await writeFile(path.join(dir, 'post.html'), '<h1>Post</h1>');
    server = await serveStatic({ dir, port: 0, caching: true });
    const address = server.address();
    origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => {
    server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lets browsers keep hashed assets for good', async () => {
    const response = await fetch(`${origin}/assets/app-1a2b.js`);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('has pages revalidated, and answers an unchanged one with 304', async () => {
    const first = await fetch(`${origin}/post`);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const modified = first.headers.get('last-modified');
    expect(modified).toBeTruthy();
    const again = await fetch(`${origin}/post`, { headers: { 'if-modified-since': modified! } });
    expect(again.status).toBe(304);
    const older = new Date(Date.parse(modified!) - 60_000).toUTCString();
    expect((await fetch(`${origin}/post`, { headers: { 'if-modified-since': older } })).status).toBe(200);
  });

  it('sends no caching headers unless asked', async () => {
    const plain = await serveStatic({ dir, port: 0 });
    const address = plain.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const response = await fetch(`http://127.0.0.1:${port}/assets/app-1a2b.js`);
    plain.close();
    expect(response.headers.get('cache-control')).toBeNull();
  });
});
