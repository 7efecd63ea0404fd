/**
 * The `<head>` of a page: title, description, canonical link, Open Graph and Twitter
 * cards, JSON-LD and feed links. Written into each page's HTML at build time, and
 * swapped in by the app after in-app navigation, so both always agree. Every value is
 * escaped for where it lands.
 */
import type { Head } from './head.ts';
import { pageTitle } from './head.ts';
import type { SiteConfig } from '../schema/site.ts';

export type HeadSite = Pick<SiteConfig, 'title' | 'author' | 'baseUrl' | 'language' | 'timeZone'>;
import { escapeHtml, jsonForScript } from './escape.ts';
import { isoInstant } from './dates.ts';

export function absoluteUrl(site: Pick<SiteConfig, 'baseUrl'>, path: string): string {
  return new URL(path.replace(/^\//, ''), site.baseUrl).href;
}

function jsonLd(head: Head, site: HeadSite, url: string, image: string | undefined): object {
  if (head.kind === 'post') {
    const people = (head.authors ?? [{ name: site.author }]).map((a) => ({
      '@type': 'Person',
      name: a.name,
      ...('path' in a && { url: absoluteUrl(site, a.path) }),
    }));
    return {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: head.title,
      description: head.description,
      url,
      mainEntityOfPage: url,
      datePublished: head.published && isoInstant(head.published, site.timeZone),
      dateModified: (head.modified ?? head.published) && isoInstant((head.modified ?? head.published)!, site.timeZone),
      author: people.length === 1 ? people[0] : people,
      keywords: head.tags?.join(', '),
      ...(image && { image }),
      isPartOf: { '@type': 'Blog', name: site.title, url: site.baseUrl },
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': head.path === '/' ? 'Blog' : 'CollectionPage',
    name: head.path === '/' ? site.title : head.title,
    description: head.description,
    url,
    ...(head.path !== '/' && { isPartOf: { '@type': 'Blog', name: site.title, url: site.baseUrl } }),
  };
}

/** The tags that differ from page to page, as `pageHeadTags` writes them. */
export const pageHeadSelector = [
  'title',
  'meta[name="description"]',
  'meta[name="robots"]',
  'link[rel="canonical"]',
  'meta[property^="og:"]',
  'meta[property^="article:"]',
  'meta[name^="twitter:"]',
  'script[type="application/ld+json"]',
].join(', ');

/** Feed links, the same on every page. */
export function feedLinks(site: HeadSite): string {
  const link = (type: string, label: string, file: string) =>
    `<link rel="alternate" type="${type}" title="${escapeHtml(site.title)} (${label})" href="${escapeHtml(absoluteUrl(site, file))}">`;
  return [
    link('application/rss+xml', 'RSS', 'feed.xml'),
    link('application/atom+xml', 'Atom', 'atom.xml'),
    link('application/feed+json', 'JSON Feed', 'feed.json'),
  ].join('\n    ');
}

export function pageHeadTags(head: Head, site: HeadSite): string {
  const url = absoluteUrl(site, head.path);
  const title = pageTitle(head.title, site.title);
  const image = head.image && (/^https?:/.test(head.image) ? head.image : absoluteUrl(site, `posts/${head.image}`));
  const meta = (attr: 'name' | 'property', key: string, value: string | undefined) =>
    value ? `<meta ${attr}="${key}" content="${escapeHtml(value)}">` : '';
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', head.description),
    head.noindex ? '<meta name="robots" content="noindex">' : `<link rel="canonical" href="${escapeHtml(url)}">`,
    meta('property', 'og:site_name', site.title),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:type', head.type),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', site.language),
    meta('property', 'og:image', image),
    meta('property', 'article:published_time', head.published && isoInstant(head.published, site.timeZone)),
    meta('property', 'article:modified_time', head.modified && isoInstant(head.modified, site.timeZone)),
    ...(head.type === 'article' ? (head.authors ?? []) : []).map((a) => meta('property', 'article:author', a.name)),
    ...(head.tags ?? []).map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', image),
    `<script type="application/ld+json">${jsonForScript(jsonLd(head, site, url, image))}</script>`,
  ];
  return tags.filter(Boolean).join('\n    ');
}
