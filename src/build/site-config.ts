/** Site settings as the build sees them: `site.config.ts`, with `QUIRE_BASE_URL` overriding the base URL. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import siteConfig from '../../site.config.ts';
import { isValidTimeZone } from '../lib/dates.ts';
import type { SiteConfig } from '../schema/site.ts';
import { SettingError } from './setting-error.ts';

export function resolveSite(env: NodeJS.ProcessEnv = process.env, config: SiteConfig = siteConfig): SiteConfig {
  const { timeZone = 'UTC', feedItems = 20 } = config;
  if (!isValidTimeZone(timeZone)) {
    throw new SettingError(`site.config.ts: timeZone "${timeZone}" is not a time zone name; write e.g. 'UTC' or 'Europe/Berlin'`);
  }
  if (!Number.isInteger(feedItems) || feedItems < 1) {
    throw new SettingError(`site.config.ts: feedItems ${feedItems} must be a whole number of posts, 1 or more (e.g. 20)`);
  }
  if (config.offline !== undefined && typeof config.offline !== 'boolean') {
    throw new SettingError(`site.config.ts: offline must be true or false (without quotes), e.g. offline: false`);
  }
  const raw = env.QUIRE_BASE_URL || config.baseUrl;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SettingError(`site.config.ts: baseUrl "${raw}" is not an absolute URL; write e.g. https://user.github.io/blog/`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ...config, timeZone, feedItems, baseUrl: url.href };
}

/**
 * The default link-preview image must be a file among the site's static files (`public/`,
 * or QUIRE_PUBLIC_DIR) or an https:// URL: checked before anything is written.
 */
export function checkSiteImage(site: Pick<SiteConfig, 'image'>, publicDir: string): void {
  const { image } = site;
  if (image === undefined || /^https:\/\//.test(image)) return;
  if (typeof image !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(image) || !existsSync(path.join(publicDir, image))) {
    const dir = `${path.relative(process.cwd(), publicDir) || '.'}/`;
    throw new SettingError(
      `site.config.ts: image "${String(image)}" is not a file in ${dir}: put the picture there and write its path from ${dir} (e.g. 'images/social-card.png'), or an https:// URL`,
    );
  }
}

/** Every page links to `favicon.png` (index.html): without it, each asks for it in vain. */
export function faviconWarning(publicDir: string): string | undefined {
  if (existsSync(path.join(publicDir, 'favicon.png'))) return undefined;
  const file = path.join(path.relative(process.cwd(), publicDir), 'favicon.png');
  return `warning: ${file} is missing: every page links to it as its icon (a failed request in the console): add a 32×32 PNG there`;
}

/**
 * The build's clock, which decides which future-dated posts are still scheduled:
 * `QUIRE_NOW=2024-05-01T09:00:00Z` fixes it (tests, or previewing a later build).
 */
export function buildClock(env: NodeJS.ProcessEnv = process.env): number {
  if (!env.QUIRE_NOW) return Date.now();
  const now = Date.parse(env.QUIRE_NOW);
  if (Number.isNaN(now))
    throw new SettingError(`QUIRE_NOW "${env.QUIRE_NOW}" is not a date-time; write e.g. 2024-05-01T09:00:00Z`);
  return now;
}

/** The path part of the base URL, e.g. `/` or `/blog/`: where the app lives on the host. */
export function basePath(site: SiteConfig): string {
  return new URL(site.baseUrl).pathname;
}
