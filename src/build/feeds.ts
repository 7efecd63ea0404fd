/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the whole blog and for each tag and series.
 * Written by hand (each format is small) so that JSON Feed is 1.1 and every value is
 * escaped exactly once, for the format it lands in.
 */
import { isoInstant, toInstant } from '../lib/dates.ts';
import { routePaths } from '../navigation/routes.ts';
import type { PostSummary } from '../schema/post.ts';
import type { SiteConfig } from '../schema/site.ts';
import { escapeHtml } from '../lib/escape.ts';
import { feedFileNames } from '../lib/feeds.ts';
import { absoluteUrl } from '../lib/paths.ts';

export interface FeedItem {
  post: PostSummary;
  /** Sanitized HTML of the whole post, or undefined to carry only the summary. */
  html?: string;
}

export interface FeedSpec {
  title: string;
  description: string;
  /** Router path of the page the feed belongs to, e.g. `/` or `/tags/go`. */
  pagePath: string;
  /** Path prefix of the feed files, e.g. `` (site root) or `tags/go/`. */
  dir: string;
  items: FeedItem[];
}

export function feedFiles(spec: FeedSpec, site: SiteConfig): Map<string, string> {
  const instant = (date: string) => new Date(toInstant(date, site.timeZone));
  const rfc3339 = (date: string) => isoInstant(date, site.timeZone);
  const pageUrl = absoluteUrl(site, spec.pagePath);
  const feedUrl = (name: string) => absoluteUrl(site, spec.dir + name);
  const postUrl = (post: PostSummary) => absoluteUrl(site, routePaths.post(post.slug));
  const authorUrl = (slug: string) => absoluteUrl(site, routePaths.author(slug));
  const newest = spec.items[0]?.post;
  const updated = newest ? rfc3339(newest.updated ?? newest.date) : '1970-01-01T00:00:00Z';
  const x = escapeHtml;
  // An RSS description is HTML: a plain-text summary is escaped as HTML, then as XML.

  const rss = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>${x(spec.title)}</title>
<link>${x(pageUrl)}</link>
<description>${x(spec.description)}</description>
<language>${x(site.language)}</language>
<atom:link href="${x(feedUrl(feedFileNames.rss))}" rel="self" type="application/rss+xml"/>
${newest ? `<lastBuildDate>${instant(newest.updated ?? newest.date).toUTCString()}</lastBuildDate>\n` : ''}${spec.items
    .map(
      ({ post, html }) => `<item>
<title>${x(post.title)}</title>
<link>${x(postUrl(post))}</link>
<guid isPermaLink="true">${x(postUrl(post))}</guid>
<pubDate>${instant(post.date).toUTCString()}</pubDate>
${post.authors.map((a) => `<dc:creator>${x(a.name)}</dc:creator>\n`).join('')}${post.tags.map((t) => `<category>${x(t.name)}</category>\n`).join('')}<description>${x(html ?? x(post.summary))}</description>
</item>`,
    )
    .join('\n')}
</channel>
</rss>
`;

  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(site.language)}">
<title>${x(spec.title)}</title>
<subtitle>${x(spec.description)}</subtitle>
<id>${x(pageUrl)}</id>
<link rel="alternate" type="text/html" href="${x(pageUrl)}"/>
<link rel="self" type="application/atom+xml" href="${x(feedUrl(feedFileNames.atom))}"/>
<updated>${updated}</updated>
<author><name>${x(site.author)}</name></author>
${spec.items
  .map(
    ({ post, html }) => `<entry>
<title type="text">${x(post.title)}</title>
<id>${x(postUrl(post))}</id>
<link rel="alternate" type="text/html" href="${x(postUrl(post))}"/>
<published>${rfc3339(post.date)}</published>
<updated>${rfc3339(post.updated ?? post.date)}</updated>
${post.authors.map((a) => `<author><name>${x(a.name)}</name><uri>${x(authorUrl(a.slug))}</uri></author>\n`).join('')}${post.tags.map((t) => `<category term="${x(t.name)}"/>\n`).join('')}<summary type="text">${x(post.summary)}</summary>
${html ? `<content type="html">${x(html)}</content>\n` : ''}</entry>`,
  )
  .join('\n')}
</feed>
`;

  const json = JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: spec.title,
      home_page_url: pageUrl,
      feed_url: feedUrl(feedFileNames.json),
      description: spec.description,
      language: site.language,
      authors: [{ name: site.author }],
      items: spec.items.map(({ post, html }) => ({
        id: postUrl(post),
        url: postUrl(post),
        title: post.title,
        summary: post.summary,
        ...(html ? { content_html: html } : { content_text: post.summary }),
        date_published: rfc3339(post.date),
        ...(post.updated && { date_modified: rfc3339(post.updated) }),
        authors: post.authors.map((a) => ({ name: a.name, url: authorUrl(a.slug) })),
        tags: post.tags.map((t) => t.name),
      })),
    },
    null,
    2,
  );

  return new Map([
    [spec.dir + feedFileNames.rss, rss],
    [spec.dir + feedFileNames.atom, atom],
    [spec.dir + feedFileNames.json, json],
  ]);
}
