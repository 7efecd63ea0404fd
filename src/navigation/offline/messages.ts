/** What a page asks the service worker, and its answer (over a MessageChannel's port). */
export interface KeepPosts {
  type: 'keep-posts';
  slugs: string[];
  /** Also every file of the app's code, so that the posts open in the app offline, not only as pages. */
  allCode?: boolean;
  /**
   * The post on the reader's screen: its page and code are taken from the browser's cache,
   * its data and Markdown only if the app loaded them (its prerendered page needs neither).
   */
  opened?: boolean;
}

export interface KeptPosts {
  /** The slugs whose page, data or Markdown could not be fetched. */
  failed: string[];
}

export const isKeepPosts = (data: unknown): data is KeepPosts =>
  typeof data === 'object' &&
  data !== null &&
  (data as KeepPosts).type === 'keep-posts' &&
  Array.isArray((data as KeepPosts).slugs) &&
  (data as KeepPosts).slugs.every((s) => typeof s === 'string') &&
  ['undefined', 'boolean'].includes(typeof (data as KeepPosts).allCode) &&
  ['undefined', 'boolean'].includes(typeof (data as KeepPosts).opened);
