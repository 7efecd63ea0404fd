/**
 * The end-to-end tests need Chromium. Use Debian's (/usr/bin/chromium) or Playwright's
 * own; on a fresh Debian machine where we are root, install Debian's. Otherwise say how.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const systemChromium = '/usr/bin/chromium';

export function browserPath(): string | undefined {
  if (existsSync(systemChromium)) return systemChromium;
  const bundled = chromium.executablePath();
  return bundled && existsSync(bundled) ? bundled : undefined;
}

/** How the end-to-end tests and the bench start it: headless in a container, nothing of its own in the background. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const installHelp =
  'No Chromium found for the end-to-end tests. Install one of:\n' +
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium\n' +
  "  elsewhere:      npx playwright install chromium   (Playwright's own browser)";

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!browserPath() && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('Installing Chromium for the end-to-end tests (apt-get install chromium)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  }
  if (!browserPath()) {
    console.error(installHelp);
    process.exit(1);
  }
}
