// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UnreachableError } from '../../data/errors.ts';
import { RouteError } from './route-error.tsx';

const reload = vi.fn();

function renderFailing(error: Error) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        loader: () => {
          throw error;
        },
        element: <p>The page</p>,
        errorElement: <RouteError />,
      },
    ],
    { initialEntries: ['/posts/a'] },
  );
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

const withServiceWorker = (controller: object | null) =>
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: { controller } });

describe('RouteError, offline', () => {
  beforeEach(() => {
    sessionStorage.clear();
    reload.mockClear();
    vi.stubGlobal('location', { ...location, reload });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('loads the page whole when a service worker can answer for it (its copy, or its offline page)', async () => {
    withServiceWorker({});
    renderFailing(new UnreachableError('/data/x/posts/a.json'));
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the server is out of reach where no service worker runs, and offers to try again', async () => {
    withServiceWorker(null);
    renderFailing(new UnreachableError('/data/x/posts/a.json'));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not reach the server. Check your connection.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeDefined();
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not reload again within a minute of the last time (the worker could not answer either)', async () => {
    withServiceWorker({});
    sessionStorage.setItem('quire-reloaded-offline-at', String(Date.now()));
    renderFailing(new UnreachableError('/data/x/posts/a.json'));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not reach the server.');
    expect(reload).not.toHaveBeenCalled();
  });
});
