/** What a page asks the service worker, and its answer (over a MessageChannel's port). */
export interface KeepPosts {
  type: 'keep-posts';
  slugs: string[];
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
  (data as KeepPosts).slugs.every((s) => typeof s === 'string');
