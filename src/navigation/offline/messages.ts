/** What a page asks the service worker, and its answer (over a MessageChannel's port). */
export interface KeepPosts {
  type: 'keep-posts';
  slugs: string[];
  /** Also every file of the app's code, so that the posts open in the app offline, not only as pages. */
  allCode?: boolean;
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
  ['undefined', 'boolean'].includes(typeof (data as KeepPosts).allCode);
