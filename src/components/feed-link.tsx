import { useServices } from '../data/services.ts';
import { feedFileNames } from '../lib/feeds.ts';

/** A visible link to a list's own RSS feed (the `<link rel="alternate">` in the head is invisible). */
export function FeedLink({ dir, children }: { dir: string; children: string }) {
  const { base } = useServices();
  return (
    <a className="feed-link" href={base + dir + feedFileNames.rss} type="application/rss+xml">
      {children}
    </a>
  );
}
