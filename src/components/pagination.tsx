import { PrefetchLink } from '../navigation/prefetch-link.tsx';

/** Newer / older page links with "Page 2 of 5". `href(n)` builds page n's URL. */
export function Pagination({ page, totalPages, href }: { page: number; totalPages: number; href: (page: number) => string }) {
  if (totalPages <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <PrefetchLink to={href(page - 1)} rel="prev">
          ← Newer posts
        </PrefetchLink>
      ) : (
        <span />
      )}
      <span className="pagination-status">
        Page {page} of {totalPages}
      </span>
      {page < totalPages ? (
        <PrefetchLink to={href(page + 1)} rel="next">
          Older posts →
        </PrefetchLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
