/**
 * What a page shows when its data cannot be loaded: not-found for a missing page,
 * otherwise the reason and a retry. A deploy that removed this tab's code or data
 * is recovered from by reloading once, and so is a page out of reach offline.
 */
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { NotFound } from '../../components/not-found.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { FetchError, UnreachableError, isNotFound } from '../../data/errors.ts';
import { isStaleDeployError, reloadOnce } from '../../data/stale-deploy.ts';
import { useDocumentTitle } from '../../components/use-document-title.ts';

export function RouteError() {
  const error = useRouteError();
  if (isNotFound(error) || (isRouteErrorResponse(error) && error.status === 404)) return <NotFound />;
  const stale = isStaleDeployError(error);
  if (stale && reloadOnce()) return null;
  // Offline, the page loads whole, as a static site's would: the service worker answers
  // with the copy it kept (a post the reader opened needs no data) or its offline page.
  if (error instanceof UnreachableError && navigator.serviceWorker?.controller && reloadOnce('offline')) return null;
  return <LoadError error={error} stale={stale} />;
}

function LoadError({ error, stale }: { error: unknown; stale: boolean }) {
  const { revalidate, state } = useRevalidator();
  useDocumentTitle('This page could not be loaded');
  const message =
    error instanceof FetchError
      ? error.message
      : stale
        ? 'This site was updated while the page was open.'
        : 'Something went wrong while showing this page.';
  return (
    <section className="message-page" role="alert">
      <PageHeading>This page could not be loaded</PageHeading>
      <p>{message}</p>
      <p>
        {stale ? (
          <button type="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
        ) : (
          <button type="button" onClick={() => revalidate()} disabled={state === 'loading'}>
            {state === 'loading' ? 'Trying again…' : 'Try again'}
          </button>
        )}
      </p>
    </section>
  );
}
