/** Site settings as the build sees them: `site.config.ts`, with `QUIRE_BASE_URL` overriding the base URL. */
import siteConfig from '../../site.config.ts';
import type { SiteConfig } from '../schema/site.ts';

export function resolveSite(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const raw = env.QUIRE_BASE_URL || siteConfig.baseUrl;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`site.config.ts: baseUrl "${raw}" is not an absolute URL; write e.g. https://user.github.io/blog/`);
  }
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ...siteConfig, baseUrl: url.href };
}

/** The path part of the base URL, e.g. `/` or `/blog/`: where the app lives on the host. */
export function basePath(site: SiteConfig): string {
  return new URL(site.baseUrl).pathname;
}
