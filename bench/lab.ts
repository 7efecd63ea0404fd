/** The browser the bench measures in, and a cold visit in it: a new context, throttled, with its network log. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { browserArgs, browserPath, installHelp } from '../scripts/ensure-browser.ts';
import { trackNetwork, type Network } from './network.ts';
import { applyThrottling, type Profile } from './profiles.ts';
import { watchServiceWorkers, type ServiceWorkerWatch } from './service-workers.ts';

export interface Lab {
  browser: Browser;
  serviceWorkers: ServiceWorkerWatch;
  close(): Promise<void>;
}

/** Headless Chromium: Debian's if installed, else Playwright's own, as the end-to-end tests use. */
export async function openLab(): Promise<Lab> {
  const executablePath = browserPath();
  if (!executablePath) throw new Error(installHelp);
  const browser = await chromium.launch({ executablePath, args: browserArgs });
  const serviceWorkers = await watchServiceWorkers(browser);
  return { browser, serviceWorkers, close: () => browser.close() };
}

export interface LabPage {
  context: BrowserContext;
  page: Page;
  net: Network;
}

/** A new context and page on the profile; its service worker, once started, gets the same network. */
export async function openPage(lab: Lab, profile: Profile, initScript?: string): Promise<LabPage> {
  const context = await lab.browser.newContext(profile.context);
  if (initScript) await context.addInitScript({ content: initScript });
  const page = await context.newPage();
  await applyThrottling(await context.newCDPSession(page), profile);
  const net = trackNetwork(page);
  await lab.serviceWorkers.measure(profile, net.serviceWorker);
  return { context, page, net };
}
