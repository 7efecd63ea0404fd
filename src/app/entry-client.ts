/**
 * Browser entry: React, then the libraries, then the app, each evaluated in a task of its
 * own, so that starting never holds the main thread for long
 * (docs/decisions/0024-start-in-short-tasks.md).
 */
// React and React DOM, evaluated in the first task.
import 'react-dom/client';
import { isStaleDeployError, reloadOnce } from '../data/stale-deploy.ts';
import { nextTask } from '../lib/when-idle.ts';

async function start() {
  await nextTask();
  await import('./start-libraries.ts');
  await nextTask();
  const { startApp } = await import('./start-app.tsx');
  await nextTask();
  await startApp(nextTask);
}

start().catch((error: unknown) => {
  // Code of an older deploy that is gone: reload once to get the new one.
  if (!isStaleDeployError(error) || !reloadOnce()) throw error;
});
