import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config.ts';
import type { OfflineDeploy } from '../navigation/offline/cache-rules.ts';
import type { CompiledApp } from './compile-app.ts';
import { offlineFiles } from './offline-files.ts';

function compiledApp(): CompiledApp {
  const dir = mkdtempSync(path.join(tmpdir(), 'quire-offline-'));
  const app = { key: 'k', clientDir: path.join(dir, 'client'), ssrDir: path.join(dir, 'ssr'), swDir: path.join(dir, 'sw') };
  mkdirSync(path.join(app.clientDir, 'assets'), { recursive: true });
  mkdirSync(app.swDir);
  for (const file of ['index-a1.js', 'index-b2.css']) writeFileSync(path.join(app.clientDir, 'assets', file), '');
  writeFileSync(path.join(app.swDir, 'service-worker.js'), '(function(){ /* worker */ })();');
  return app;
}

const template =
  '<html><head><!--quire:head--><script type="module" crossorigin src="/blog/assets/index-a1.js"></script></head>' +
  '<body><div id="QuireApp"><!--quire:html--></div><!--quire:boot--></body></html>';
const inputs = {
  site: { ...siteConfig, title: 'Ann & Bob' },
  base: '/blog/',
  dataId: 'd1',
  buildId: 'b1',
  template,
  csp: "default-src 'self'",
};

describe('offlineFiles', () => {
  it('writes the worker, told about this deploy and given the offline page', () => {
    const files = offlineFiles({ app: compiledApp(), ...inputs });
    expect([...files.keys()]).toEqual(['sw.js']);
    const [head, worker] = files.get('sw.js')!.split('\n');
    expect(worker).toBe('(function(){ /* worker */ })();');
    const deploy = JSON.parse(/^const QUIRE_DEPLOY = (.*);$/.exec(head!)![1]!) as OfflineDeploy;
    expect(deploy).toEqual({
      buildId: 'b1',
      dataId: 'd1',
      base: '/blog/',
      code: ['/blog/assets/index-a1.js', '/blog/assets/index-b2.css'],
      offlinePage: expect.any(String),
    });
    const page = deploy.offlinePage;
    expect(page).toContain('<title>You are offline · Ann &amp; Bob</title>');
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;">`);
    expect(page).toContain('<a class="site-title" href="/blog/">Ann &amp; Bob</a>');
    // No app on it: it would try to show the address it stands in for, and fail offline.
    expect(page).not.toContain('<script type="module"');
    // Every marker of the template filled, but the one the worker fills with the kept posts.
    expect(page.match(/<!--quire:[a-z-]+-->/g)).toEqual(['<!--quire:offline-posts-->']);
  });

  it('writes nothing when the site turns offline reading off', () => {
    expect(offlineFiles({ app: compiledApp(), ...inputs, site: { ...inputs.site, offline: false } }).size).toBe(0);
  });
});
