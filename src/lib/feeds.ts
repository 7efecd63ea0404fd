/** Where feeds live: a list page's feeds sit beside its HTML (`/tags/go` → `tags/go/feed.xml`). */
export const feedFileNames = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const;

/** The folder of a list page's feeds, relative to the site's base: `` for the home page. */
export const feedDir = (pagePath: string): string => (pagePath === '/' ? '' : `${pagePath.slice(1)}/`);
