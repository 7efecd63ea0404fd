/** sitemap.xml (every prerendered page, with lastmod where a page has dated posts) and robots.txt. */
import type { Blog } from '../content/collect-posts.ts';
import { isoInstant, toInstant } from '../lib/dates.ts';
import { routePaths } from '../navigation/routes.ts';
import type { PostSummary } from '../schema/post.ts';
import type { SiteConfig } from '../schema/site.ts';
import { escapeHtml } from '../lib/escape.ts';
import { absoluteUrl } from '../lib/paths.ts';

/** The newest `updated`/`date` among posts, as written. */
function lastModified(posts: PostSummary[], timeZone: string | undefined): string | undefined {
  let best: string | undefined;
  for (const post of posts) {
    const value = post.updated ?? post.date;
    if (!best || toInstant(value, timeZone) > toInstant(best, timeZone)) best = value;
  }
  return best;
}

export function sitemap(blog: Blog, site: SiteConfig, paths: string[]): string {
  const zone = site.timeZone;
  const lastmod = new Map<string, string | undefined>([
    [routePaths.home(), lastModified(blog.posts, zone)],
    [routePaths.archive(), lastModified(blog.posts, zone)],
    ...blog.posts.map((p) => [routePaths.post(p.slug), p.updated ?? p.date] as const),
    ...blog.tags.map((t) => [routePaths.tag(t.slug), lastModified(t.posts, zone)] as const),
    ...blog.series.map((s) => [routePaths.series(s.slug), lastModified(s.posts, zone)] as const),
    ...blog.authors.map((a) => [routePaths.author(a.slug), lastModified(a.posts, zone)] as const),
  ]);
  const urls = paths.map((path) => {
    const date = lastmod.get(path);
    // A bare date is a valid lastmod as written; a time needs its offset, so one without is read in the site's zone.
    const written = date && (date.length === 10 ? date : isoInstant(date, zone));
    return `<url><loc>${escapeHtml(absoluteUrl(site, path))}</loc>${written ? `<lastmod>${escapeHtml(written)}</lastmod>` : ''}</url>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

export function robotsTxt(site: SiteConfig): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, 'sitemap.xml')}\n`;
}
