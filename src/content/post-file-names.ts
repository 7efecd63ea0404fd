/** Which names in the posts folder are read as posts. */

/** A file at the top of the posts folder read as a post: near misses (.MD, .markdown) are, so that they are reported rather than skipped. */
export const isPostFileName = (name: string) => /\.(md|markdown)$/i.test(name);

/** A folder post's file, `<folder>/index.md` (or `.markdown`); anything deeper in a folder is one of its files. */
export const isFolderPostName = (name: string) => /^[^/]+\/index\.(md|markdown)$/.test(name);

/** The names a folder post's file may have. */
export const folderPostIndexNames = ['index.md', 'index.markdown'];
