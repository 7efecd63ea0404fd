/**
 * Ids of the page's own elements (index.html has `QuireApp` too). With capitals: heading
 * ids in posts are always lowercase, so a post cannot take one of them.
 */
export const elementIds = { app: 'QuireApp', main: 'QuireMain', boot: 'QuireBoot' } as const;
