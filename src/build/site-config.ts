/** Site settings as the build sees them: `site.config.ts`, with `QUIRE_BASE_URL` overriding the base URL. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import siteConfig from '../../site.config.ts';
import { isValidTimeZone } from '../lib/dates.ts';
import type { SiteConfig } from '../schema/site.ts';

export function resolveSite(env: NodeJS.ProcessEnv = process.env, config: SiteConfig = siteConfig): SiteConfig {
  const { timeZone = 'UTC', feedItems = 20 } = config;
  if (!isValidTimeZone(timeZone)) {
    throw new Error(`site.config.ts: timeZone "${timeZone}" is not a time zone name; write e.g. 'UTC' or 'Europe/Berlin'`);
  }
  if (!Number.isInteger(feedItems) || feedItems < 1) {
    throw new Error(`site.config.ts: feedItems ${feedItems} must be a whole number of posts, 1 or more (e.g. 20)`);
  }
  if (config.offline !== undefined && typeof config.offline !== 'boolean') {
    throw new Error(`site.config.ts: offline must be true or false (without quotes), e.g. offline: false`);
  }
  const raw = env.QUIRE_BASE_URL || config.baseUrl;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`site.config.ts: baseUrl "${raw}" is not an absolute URL; write e.g. https://user.github.io/blog/`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ...config, timeZone, feedItems, baseUrl: url.href };
}

/** The default link-preview image must be a file in public/ (or an https:// URL): checked before anything is written. */
export function checkSiteImage(site: Pick<SiteConfig, 'image'>, publicDir: string): void {
  const { image } = site;
  if (image === undefined || /^https:\/\//.test(image)) return;
  if (typeof image !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(image) || !existsSync(path.join(publicDir, image))) {
    throw new Error(
      `site.config.ts: image "${String(image)}" is not a file in public/: put the picture there and write its path from public/ (e.g. 'images/social-card.png'), or an https:// URL`,
    );
  }
}

/**
 * The build's clock, which decides which future-dated posts are still scheduled:
 * `QUIRE_NOW=2024-05-01T09:00:00Z` fixes it (tests, or previewing a later build).
 */
export function buildClock(env: NodeJS.ProcessEnv = process.env): number {
  if (!env.QUIRE_NOW) return Date.now();
  const now = Date.parse(env.QUIRE_NOW);
  if (Number.isNaN(now)) throw new Error(`QUIRE_NOW "${env.QUIRE_NOW}" is not a date-time; write e.g. 2024-05-01T09:00:00Z`);
  return now;
}

/** The path part of the base URL, e.g. `/` or `/blog/`: where the app lives on the host. */
export function basePath(site: SiteConfig): string {
  return new URL(site.baseUrl).pathname;
}
