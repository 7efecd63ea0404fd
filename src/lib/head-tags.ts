/**
 * The `<head>` of a page: title, description, canonical link, Open Graph and Twitter
 * cards, JSON-LD and feed links. Written into each page's HTML at build time, and
 * swapped in by the app after in-app navigation, so both always agree. Every value is
 * escaped for where it lands.
 */
import type { Head } from './head.ts';
import { pageTitle } from './head.ts';
import type { SiteConfig } from '../schema/site.ts';

export type HeadSite = Pick<SiteConfig, 'title' | 'author' | 'baseUrl' | 'language' | 'timeZone' | 'image'>;
import { escapeHtml, jsonForScript } from './escape.ts';
import { feedFileNames } from './feeds.ts';
import { isoInstant } from './dates.ts';
import { absoluteUrl } from './paths.ts';

/** An image's absolute URL: an https:// URL as it is, a path from the site root under the site's URL. */
const imageUrl = (site: Pick<SiteConfig, 'baseUrl'>, image: string) =>
  /^https?:/.test(image) ? image : absoluteUrl(site, image);

/** Search engines and link previews show about this many characters of a description. */
export const descriptionLength = 160;

/** A description cut at the last word boundary that fits, with an ellipsis if cut. */
export function metaDescription(text: string, max = descriptionLength): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  // The last space that leaves room for the ellipsis; a very long word is cut inside.
  const space = clean.lastIndexOf(' ', max - 1);
  const head = space > max / 2 ? clean.slice(0, space) : clean.slice(0, max - 1);
  return `${head.replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Open Graph wants a locale as `en_US`: a language alone gets its most common region. */
const usualRegion: Record<string, string> = {
  en: 'US',
  ja: 'JP',
  zh: 'CN',
  ko: 'KR',
  he: 'IL',
  ar: 'AR',
  sv: 'SE',
  da: 'DK',
  cs: 'CZ',
  el: 'GR',
  uk: 'UA',
  nb: 'NO',
  hi: 'IN',
  fa: 'IR',
  vi: 'VN',
};

export function ogLocale(language: string): string {
  const [lang = 'en', region] = language.split(/[-_]/);
  const l = lang.toLowerCase();
  if (region && /^[a-z]{2}$/i.test(region)) return `${l}_${region.toUpperCase()}`;
  return `${l}_${usualRegion[l] ?? l.toUpperCase()}`;
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
  if (head.kind === 'other') {
    return { '@context': 'https://schema.org', '@type': 'WebPage', name: head.title, description: head.description, url };
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
  'link[data-page-feed]',
].join(', ');

const feedFormats = [
  ['application/rss+xml', 'RSS', feedFileNames.rss],
  ['application/atom+xml', 'Atom', feedFileNames.atom],
  ['application/feed+json', 'JSON Feed', feedFileNames.json],
] as const;

function alternateLinks(site: HeadSite, title: string, dir: string, attributes = ''): string[] {
  return feedFormats.map(
    ([type, label, file]) =>
      `<link rel="alternate"${attributes} type="${type}" title="${escapeHtml(title)} (${label})" href="${escapeHtml(absoluteUrl(site, dir + file))}">`,
  );
}

/** Feed links, the same on every page. */
export function feedLinks(site: HeadSite): string {
  return alternateLinks(site, site.title, '').join('\n    ');
}

export function pageHeadTags(head: Head, site: HeadSite): string {
  const url = absoluteUrl(site, head.path);
  const title = pageTitle(head.title, site.title);
  // A post's cover; on every other page (and a post without one) the site's default image.
  const cover = head.image && imageUrl(site, /^(?:https?:|\/)/.test(head.image) ? head.image : `posts/${head.image}`);
  const image = cover ?? (site.image && imageUrl(site, site.image));
  const size = cover ? head.imageSize : undefined;
  const meta = (attr: 'name' | 'property', key: string, value: string | undefined) =>
    value ? `<meta ${attr}="${key}" content="${escapeHtml(value)}">` : '';
  const description = metaDescription(head.description);
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    meta('name', 'description', description),
    head.noindex ? '<meta name="robots" content="noindex">' : `<link rel="canonical" href="${escapeHtml(url)}">`,
    meta('property', 'og:site_name', site.title),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', description),
    meta('property', 'og:type', head.type),
    meta('property', 'og:url', url),
    meta('property', 'og:locale', ogLocale(site.language)),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', size && String(size.width)),
    meta('property', 'og:image:height', size && String(size.height)),
    meta('property', 'article:published_time', head.published && isoInstant(head.published, site.timeZone)),
    meta('property', 'article:modified_time', head.modified && isoInstant(head.modified, site.timeZone)),
    ...(head.type === 'article' ? (head.authors ?? []) : []).map((a) => meta('property', 'article:author', a.name)),
    ...(head.tags ?? []).map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', image),
    `<script type="application/ld+json">${jsonForScript(jsonLd({ ...head, description }, site, url, cover))}</script>`,
    // A tag's or series' own feeds, beside the site's (which every page has).
    ...(head.feedDir ? alternateLinks(site, title, head.feedDir, ' data-page-feed') : []),
  ];
  return tags.filter(Boolean).join('\n    ');
}
