/** A visible link to a list's own RSS feed (the `<link rel="alternate">` in the head is invisible). */
export function FeedLink({ dir, children }: { dir: string; children: string }) {
  return (
    <a className="feed-link" href={`${import.meta.env.BASE_URL}${dir}feed.xml`} type="application/rss+xml">
      {children}
    </a>
  );
}
