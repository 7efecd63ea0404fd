/**
 * Offline reading (README, "Reading offline"): the service worker `sw.js`, told about this
 * deploy and given the offline page it shows for a page it never kept. Not written when
 * the site turns offline reading off.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { escapeHtml } from '../lib/escape.ts';
import { withBase } from '../lib/paths.ts';
import { workerFile, type OfflineDeploy } from '../navigation/offline/cache-rules.ts';
import { postsMarker } from '../navigation/offline/offline-page.ts';
import type { SiteConfig } from '../schema/site.ts';
import type { CompiledApp } from './compile-app.ts';
import { renderStaticPage } from './html-page.ts';

export interface OfflineInputs {
  app: CompiledApp;
  site: SiteConfig;
  base: string;
  dataId: string;
  /** Changes whenever any file of the deploy does. */
  buildId: string;
  template: string;
  csp: string;
}

export function offlineFiles({ app, site, base, dataId, buildId, template, csp }: OfflineInputs): Map<string, string> {
  if (site.offline === false) return new Map();
  const assets = readdirSync(path.join(app.clientDir, 'assets')).sort();
  const deploy: OfflineDeploy = {
    buildId,
    dataId,
    base,
    code: assets.map((file) => withBase(base, `assets/${file}`)),
    offlinePage: offlinePage(template, csp, site, base),
  };
  const worker = readFileSync(path.join(app.swDir, 'service-worker.js'), 'utf8');
  return new Map([[workerFile, `const QUIRE_DEPLOY = ${JSON.stringify(deploy)};\n${worker}`]]);
}

function offlinePage(template: string, csp: string, site: SiteConfig, base: string): string {
  const title = escapeHtml(site.title);
  const head = [`<title>You are offline · ${title}</title>`, '<meta name="robots" content="noindex">'].join('\n    ');
  const html = [
    `<header class="site-header"><a class="site-title" href="${escapeHtml(base)}">${title}</a></header>`,
    '<main id="QuireMain" tabindex="-1"><section class="message-page offline-page">',
    '<h1 class="page-heading">You are offline</h1>',
    '<p>This page has not been saved for reading offline. It will open once you are back online.</p>',
    postsMarker,
    '</section></main>',
  ].join('');
  return renderStaticPage(template, head, html, csp);
}
