/**
 * The `<head>` of a page: title, description, canonical link, Open Graph and Twitter
 * cards, JSON-LD and feed links. Written into each page's HTML at build time, and
 * swapped in by the app after in-app navigation, so both always agree. Every value is
 * escaped for where it lands. Each tag carries `data-head` so the app can find it.
 */
import type { Head } from './head.ts';
import { pageTitle } from './head.ts';
import type { SiteConfig } from '../schema/site.ts';

export type HeadSite = Pick<SiteConfig, 'title' | 'author' | 'baseUrl' | 'language'>;
import { escapeHtml, jsonForScript } from './escape.ts';

export function absoluteUrl(site: Pick<SiteConfig, 'baseUrl'>, path: string): string {
  return new URL(path.replace(/^\//, ''), site.baseUrl).href;
}

/** Full timestamps for metadata: a bare date means midnight UTC. */
const isoInstant = (date: string) => (date.length === 10 ? `${date}T00:00:00Z` : date);

function jsonLd(head: Head, site: HeadSite, url: string, image: string | undefined): object {
  if (head.kind === 'post') {
    return {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: head.title,
      description: head.description,
      url,
      mainEntityOfPage: url,
      datePublished: head.published && isoInstant(head.published),
      dateModified: isoInstant(head.modified ?? head.published ?? ''),
      author: { '@type': 'Person', name: head.author ?? site.author },
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

export function headTags(head: Head, site: HeadSite): string {
  const url = absoluteUrl(site, head.path);
  const title = pageTitle(head.title, site.title);
  const image = head.image && (/^https?:/.test(head.image) ? head.image : absoluteUrl(site, `posts/${head.image}`));
  const meta = (attr: 'name' | 'property', key: string, value: string | undefined) =>
    value ? `<meta ${attr}="${key}" content="${escapeHtml(value)}" data-head>` : '';
  const tags = [
    `<title data-head>${escapeHtml(title)}</title>`,
    meta('name', 'description', head.description),
    head.noindex ? '<meta name="robots" content="noindex" data-head>' : `<link rel="canonical" href="${escapeHtml(url)}" data-head>`,
    meta('property', 'og:site_name', site.title),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:type', head.type),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', site.language),
    meta('property', 'og:image', image),
    meta('property', 'article:published_time', head.published && isoInstant(head.published)),
    meta('property', 'article:modified_time', head.modified && isoInstant(head.modified)),
    meta('property', 'article:author', head.type === 'article' ? head.author : undefined),
    ...(head.tags ?? []).map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    meta('name', 'twitter:image', image),
    `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(site.title)} (RSS)" href="${escapeHtml(absoluteUrl(site, 'feed.xml'))}">`,
    `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(site.title)} (Atom)" href="${escapeHtml(absoluteUrl(site, 'atom.xml'))}">`,
    `<link rel="alternate" type="application/feed+json" title="${escapeHtml(site.title)} (JSON Feed)" href="${escapeHtml(absoluteUrl(site, 'feed.json'))}">`,
    `<script type="application/ld+json" data-head>${jsonForScript(jsonLd(head, site, url, image))}</script>`,
  ];
  return tags.filter(Boolean).join('\n    ');
}
