/** Every react-query key in one place. */
export const queryKeys = {
  site: () => ['site'] as const,
  terms: () => ['terms'] as const,
  postList: (page: number, tag: string, series: string) => ['post-list', page, tag, series] as const,
  tagPosts: (tag: string) => ['tag-posts', tag] as const,
  authorPosts: (author: string) => ['author-posts', author] as const,
  series: (slug: string) => ['series', slug] as const,
  post: (slug: string) => ['post', slug] as const,
  postBody: (slug: string) => ['post-body', slug] as const,
  archive: () => ['archive'] as const,
};

/** Post bodies are large and rendered again by the client, so they are never inlined in HTML. */
export const isInlinedInHtml = (key: readonly unknown[]) => key[0] !== 'post-body';
