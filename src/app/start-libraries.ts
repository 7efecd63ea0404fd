/**
 * The libraries the app's start needs (React Router, TanStack Query), imported by the
 * entry in a task of their own before the app itself, so that neither evaluation is a
 * long task (docs/decisions/0024-start-in-short-tasks.md). The app imports them as usual.
 */
export { createBrowserRouter } from 'react-router';
export { RouterProvider } from 'react-router/dom';
export { hydrate, QueryClient } from '@tanstack/react-query';
