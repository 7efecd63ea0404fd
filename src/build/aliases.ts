/**
 * Redirect pages for posts' old paths (`aliases`): a small static page at each path that
 * sends the reader on with `<meta http-equiv="refresh">` (no script, so the CSP holds),
 * names the post as canonical, asks not to be indexed and links to the post for when
 * the refresh does not run. Aliases appear in no list, feed or sitemap.
 */
import type { Alias, Blog } from '../content/collect-posts.ts';
import type { Diagnostic } from '../content/diagnostics.ts';
import { escapeHtml } from '../lib/escape.ts';
import { absoluteUrl, aliasFile, withBase } from '../lib/paths.ts';
import { routePaths } from '../navigation/routes.ts';
import type { SiteConfig } from '../schema/site.ts';
import { htmlFileFor, twinHtmlFileFor } from './page-paths.ts';

/** Top-level folders and files the build itself writes: no alias may land in them. */
const reserved = new Set([
  'assets',
  'data',
  'feed.xml',
  'atom.xml',
  'feed.json',
  'sitemap.xml',
  'robots.txt',
  '_headers',
  '404.html',
  'index.html',
]);

/** The alias pages by output file, and an error for each alias that collides with a page, a build file or an earlier alias. */
export function aliasPages(
  blog: Pick<Blog, 'aliases'>,
  site: SiteConfig,
  pagePaths: string[],
  csp: string,
): { files: Map<string, string>; diagnostics: Diagnostic[] } {
  const pageFiles = new Map<string, string>();
  for (const page of pagePaths) {
    pageFiles.set(htmlFileFor(page), page);
    const twin = twinHtmlFileFor(page);
    if (twin) pageFiles.set(twin, page);
  }
  const files = new Map<string, string>();
  const taken = new Map<string, Alias>();
  const diagnostics: Diagnostic[] = [];
  const error = (alias: Alias, message: string) =>
    diagnostics.push({
      file: alias.file,
      line: alias.line,
      column: alias.column,
      severity: 'error',
      message: `alias "${alias.path}" ${message}`,
    });
  for (const alias of blog.aliases) {
    const file = aliasFile(alias.path);
    const page = pagePaths.includes(alias.path) ? alias.path : pageFiles.get(file);
    const first = taken.get(file);
    if (page) error(alias, `is the URL of a page of the site (${page}): an alias must be an old path that no page uses`);
    else if (reserved.has(file.split('/')[0]!))
      error(alias, `is a file or folder the build writes (${file.split('/')[0]}): choose another path`);
    else if (first)
      error(
        alias,
        `is already an alias of "${first.slug}" (${first.file}:${first.line}): each old path can lead to one post only`,
      );
    else {
      taken.set(file, alias);
      files.set(file, aliasPage(alias, site, csp));
    }
  }
  return { files, diagnostics };
}

export function aliasPage(alias: Pick<Alias, 'slug' | 'title'>, site: SiteConfig, csp: string): string {
  const path = routePaths.post(alias.slug);
  const target = escapeHtml(withBase(new URL(site.baseUrl).pathname, path));
  const title = escapeHtml(alias.title);
  // Without an icon link the browser asks for /favicon.ico, outside a sub-path.
  const icon = escapeHtml(withBase(new URL(site.baseUrl).pathname, '/favicon.png'));
  return `<!doctype html>
<html lang="${escapeHtml(site.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="${icon}" type="image/png" sizes="32x32">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(absoluteUrl(site, path))}">
<meta http-equiv="refresh" content="0; url=${target}">
</head>
<body>
<p>This post has moved: <a href="${target}">${title}</a></p>
</body>
</html>
`;
}
