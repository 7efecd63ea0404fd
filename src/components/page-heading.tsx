import type { ReactNode } from 'react';

/** The page's h1; focus moves here after in-app navigation so screen readers hear the new page. */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <h1 tabIndex={-1} dir="auto" className={className ? `page-heading ${className}` : 'page-heading'}>
      {children}
    </h1>
  );
}
