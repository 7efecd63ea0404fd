import { RouterLink } from '../navigation/router-link.tsx';
import { useDocumentTitle } from './use-document-title.ts';
import { PageHeading } from './page-heading.tsx';

export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <section className="message-page">
      <PageHeading>Page not found</PageHeading>
      <p>There is nothing at this address. It may have moved, or the link may have a typo.</p>
      <p>
        <RouterLink to="/">Go to the home page</RouterLink> · <RouterLink to="/archive">Browse the archive</RouterLink>
      </p>
    </section>
  );
}
