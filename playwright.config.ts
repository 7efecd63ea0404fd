/**
 * End-to-end tests against the built site (`npm run build && npx playwright test`),
 * served by the plain static server in scripts/serve.ts (no SPA fallback), as a CDN would.
 */
import { defineConfig, devices } from '@playwright/test';
import { browserArgs, browserPath, installHelp } from './scripts/ensure-browser.ts';
import { e2eSites, siteUrl } from './e2e/sites.ts';

const baseURL = siteUrl('blog').replace(/\/$/, '');

/** Debian's Chromium if installed, else Playwright's own; otherwise say how to get one. */
function chromiumPath(): string {
  const found = browserPath();
  if (!found) throw new Error(installHelp);
  return found;
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 20_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    // Traces cost time on every test; turn them on with --trace=retain-on-failure when debugging.
    trace: 'off',
    // The site registers a service worker (offline reading), which would answer requests
    // before a test's route() sees them: on only where a test asks (e2e/offline.spec.ts).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: browserArgs,
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'] },
      testIgnore: /screenshots\.spec\.ts$/,
    },
    // Pictures for a person to look at (`npm run screenshots`), not part of `npm test`.
    {
      name: 'screenshots',
      use: { ...devices['Desktop Chrome'] },
      testMatch: /screenshots\.spec\.ts$/,
    },
  ],
  // dist/ and the fixture sites beside it (built by `npm run build:e2e-fixtures`), each on
  // its own port under its own base path, by the plain static server (no SPA fallback).
  webServer: e2eSites.map((site) => ({
    command: `npx tsx scripts/serve.ts --port ${site.port} --dir ${site.outDir} --base ${site.base}${site.foldersOnly ? ' --folders-only' : ''}`,
    url: `http://127.0.0.1:${site.port}${site.base}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  })),
});
