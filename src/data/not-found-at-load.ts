/**
 * A static host answers a URL it has no file for with 404.html. Every page of the blog
 * has its file, so the URL the document was loaded at is known to be missing: its
 * loaders must not ask for data files that cannot exist (each shows as a failed request).
 */
let missing: string | undefined;

/** The router path (with its query) this document was served for as the not-found page. */
export function markNotFoundAtLoad(path: string): void {
  missing = path;
}

export function isNotFoundAtLoad(path: string): boolean {
  return missing === path;
}
