/**
 * Share targets for a post: plain links with the canonical URL and the title, no
 * tracking parameters. Mastodon has no single home: mastodon.social's share page lets
 * readers of other instances sign in elsewhere from there.
 */
export interface ShareLink {
  label: string;
  href: string;
}

export function shareLinks(url: string, title: string): ShareLink[] {
  const q = encodeURIComponent;
  const text = `${title} ${url}`;
  return [
    { label: 'Mastodon', href: `https://mastodon.social/share?text=${q(text)}` },
    { label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${q(text)}` },
    { label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${q(url)}` },
    { label: 'Hacker News', href: `https://news.ycombinator.com/submitlink?u=${q(url)}&t=${q(title)}` },
    { label: 'E-mail', href: `mailto:?subject=${q(title)}&body=${q(url)}` },
  ];
}
