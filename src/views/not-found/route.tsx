/** Any URL no other route claims. */
import { NotFound } from '../../components/not-found.tsx';
import type { LoaderData } from '../../lib/head.ts';
import { routePaths } from '../../navigation/routes.ts';

export function loader(): LoaderData {
  return {
    head: {
      title: 'Page not found',
      description: 'There is nothing at this address.',
      path: routePaths.notFound(),
      type: 'website',
      kind: 'other',
      noindex: true,
    },
  };
}

export const Component = NotFound;
