/**
 * One cold load of a page (new browser context, empty cache) under a profile, and
 * optionally a click on one of its links afterwards.
 */
import type { Page } from '@playwright/test';
import { sleep } from './format.ts';
import { openPage, type Lab } from './lab.ts';
import { bytesByKind, overNetwork, tally, type Network, type ResourceKind } from './network.ts';
import {
  followAndTime,
  hrefOf,
  initScript,
  readMetrics,
  scrollIntoView,
  waitAfterLoad,
  type PageMetrics,
} from './page-scripts.ts';
import { firstLine, type Problems } from './problems.ts';
import type { Profile } from './profiles.ts';
import { afterLoadWindowMs } from './targets.ts';
import type { ClickSpec, Visit } from './visits.ts';

/** Longest wait for the network to go quiet (after load, before and after a click). */
const idleLimitMs = 10_000;

export interface Tally {
  requests: number;
  bytes: number;
}

export interface LoadSample extends PageMetrics {
  atLoad: Tally;
  /** Requests started within the window after the load event (before any reader input). */
  afterLoad: Tally;
  /** Everything until the network was quiet. */
  total: Tally;
  networkIdle: boolean;
  byKind: Record<ResourceKind, number>;
  /** Every request of the load, in order (paths), for looking into the figures. */
  fetched: string[];
  /**
   * False for a page's second and third load in one run (the post is loaded once per click):
   * its first paints do not count, so that a page's first paints and its limit's are spread
   * alike over the bench's time, whatever the machine's load does meanwhile (measure.ts).
   */
  paintsCount?: false;
}

export interface ClickSample {
  h1?: number;
  body?: number;
  h1Dom?: number;
  timeout?: boolean;
  fullReload?: boolean;
  error?: string;
  title?: string;
  href?: string;
  /** A tap: from the touch's start to the click (the clock starts at the click). */
  hold?: number;
  /** Whether the target page's Markdown or data had been fetched before the click. */
  targetFetchedBefore: boolean;
  after: Tally;
  /** What was fetched after the click: what prefetching had not already brought. */
  fetchedAfter: string[];
}

export async function coldLoad(
  lab: Lab,
  visit: Visit,
  profile: Profile,
  problems: Problems,
): Promise<{ load?: LoadSample; click?: ClickSample }> {
  const { context, page, net } = await openPage(lab, profile, initScript);
  const where = `${visit.click?.id ?? visit.page.id} (${profile.name})`;
  try {
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.note(where, `console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.note(where, `page error: ${e.message}`));
    const load = await measureLoad(page, net, visit.page.url, profile, !visit.page.limit);
    noteNetworkProblems(net, load, where, problems);
    if (net.workers) problems.workerPages.add(visit.page.id);
    const click = visit.click && (await clickLink(page, net, visit.click, profile, where, problems));
    return { load, ...(click && { click }) };
  } catch (e) {
    problems.note(where, `load failed: ${firstLine(e)}`);
    return {};
  } finally {
    await context.close();
  }
}

/** A page's first paints only: a load of its own, to the load event and a moment after. */
export type PaintSample = Pick<PageMetrics, 'fcp' | 'lcp' | 'lcpElement'>;

/** After the load event: LCP candidates come with the page's text, well before this. */
const paintSettleMs = 1000;

/**
 * One more cold load of a page for its first paints (FCP, LCP), without the window after
 * load the full loads wait out: these medians need more loads than the rest, for less time.
 */
export async function paintLoad(
  lab: Lab,
  url: string,
  profile: Profile,
  where: string,
  problems: Problems,
): Promise<PaintSample | undefined> {
  const { context, page } = await openPage(lab, profile, initScript);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.evaluate(waitAfterLoad(paintSettleMs));
    const { fcp, lcp, lcpElement } = await page.evaluate<PageMetrics>(readMetrics(0));
    if (lcp === null) problems.note(where, 'no largest-contentful-paint entry was recorded');
    return { fcp, lcp, lcpElement };
  } catch (e) {
    problems.note(where, `load failed: ${firstLine(e)}`);
    return undefined;
  } finally {
    await context.close();
  }
}

/**
 * Loads the page, then (app pages) waits out the window after the load event in which
 * total blocking time and requests are counted, then until the network is quiet.
 */
async function measureLoad(page: Page, net: Network, url: string, profile: Profile, app: boolean): Promise<LoadSample> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const loadIndex = net.fetches.length;
  if (app) await page.evaluate(waitAfterLoad(afterLoadWindowMs));
  const windowEnd = net.fetches.length;
  const networkIdle = await net.idle(profile.quietMs, idleLimitMs);
  await sleep(200);
  await net.settle();
  const metrics = await page.evaluate<PageMetrics>(readMetrics(afterLoadWindowMs));
  const afterLoad = tally(net.fetches.slice(0, windowEnd), loadIndex);
  return {
    ...metrics,
    atLoad: tally(net.fetches.slice(0, loadIndex)),
    afterLoad,
    total: tally(net.fetches),
    networkIdle,
    byKind: bytesByKind(net.fetches),
    fetched: overNetwork(net.fetches).map((f) => f.path),
  };
}

function noteNetworkProblems(net: Network, load: LoadSample, where: string, problems: Problems): void {
  if (load.lcp === null) problems.note(where, 'no largest-contentful-paint entry was recorded');
  if (!load.networkIdle)
    problems.note(where, `the network did not go quiet within ${idleLimitMs / 1000} s after load (requests kept coming)`);
  for (const e of net.errors) problems.note(where, e);
  for (const r of net.redirects) problems.note(where, `redirect ${r}: one more round trip before the page starts`);
  for (const f of net.failed) problems.note(where, `request failed: ${f}`);
  const seen = new Map<string, number>();
  for (const u of load.fetched) seen.set(u, (seen.get(u) ?? 0) + 1);
  const duplicates = [...seen].filter(([, n]) => n > 1).map(([u, n]) => `${u} ×${n}`);
  if (duplicates.length) problems.note(where, `fetched more than once: ${duplicates.join(', ')}`);
}

/** Whether a post's Markdown or data file is among the fetches (`/posts/<slug>.md`, `…/posts/<slug>.json`). */
const fetchedPost = (net: Network, href: string | null) => {
  const slug = href?.split(/[?#]/)[0]!.split('/').pop();
  return slug !== undefined && net.fetches.some((f) => f.path.includes(`/${slug}.`));
};

type Timed = Omit<ClickSample, 'targetFetchedBefore' | 'after' | 'fetchedAfter'>;

/**
 * A finger's tap: touch start, the average time a finger rests on a link before it lifts
 * (90 ms, measured by instant.page's author: https://calendar.perfplanet.com/2019/instant-pages-with-just-in-time-preloading/),
 * touch end; the browser then clicks. Timed from the click.
 */
export const tapHoldMs = 90;

async function tapAndTime(page: Page, selector: string): Promise<Timed> {
  const armed = await page.evaluate<Timed | { armed: true }>(followAndTime(selector, 'tap'));
  if (!('armed' in armed)) return armed;
  const box = await page.locator(selector).first().boundingBox();
  if (!box) return { error: `"${selector}" has no box to tap` };
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const cdp = await page.context().newCDPSession(page);
  try {
    // Stamped, so that the finger lifts 90 ms after it touched even when the page is slow to
    // take the touch: the clock starts at the stamped lift, never later.
    const touched = Date.now() / 1000;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point], timestamp: touched });
    await sleep(Math.max(0, touched * 1000 + tapHoldMs - Date.now()));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [], timestamp: touched + tapHoldMs / 1000 });
  } finally {
    await cdp.detach();
  }
  return page.evaluate<Timed>('window.__quireNavigation');
}

/** In-app navigation: let prefetching happen (or not), then click or tap, and time the new page. */
async function clickLink(
  page: Page,
  net: Network,
  click: ClickSpec,
  profile: Profile,
  where: string,
  problems: Problems,
): Promise<ClickSample> {
  // A finger taps what is on screen; on the phone profile a link that only comes into view is not prefetched.
  if (click.prefetch || click.tap) await page.evaluate(scrollIntoView(click.selector));
  // The reader's intent.
  if (click.prefetch) await page.hover(click.selector);
  await net.idle(profile.quietMs, idleLimitMs);
  await sleep(2000);
  await net.idle(profile.quietMs, idleLimitMs);
  await net.settle();
  const targetFetchedBefore = fetchedPost(net, await page.evaluate<string | null>(hrefOf(click.selector)));
  if (targetFetchedBefore !== click.prefetch) {
    problems.note(
      where,
      click.prefetch
        ? 'the page behind the link had not been prefetched before the click'
        : 'the page behind the link had been fetched before the click, with no reader intent: this run does not time a click on a link that was not prefetched',
    );
  }
  const before = net.fetches.length;
  let sample: ClickSample;
  try {
    const r = click.tap
      ? await tapAndTime(page, click.selector)
      : await page.evaluate<Timed>(followAndTime(click.selector, 'click'));
    sample = { ...r, targetFetchedBefore, after: { requests: 0, bytes: 0 }, fetchedAfter: [] };
    if (r.error) problems.note(where, `click: ${r.error}`);
    if (r.timeout)
      problems.note(
        where,
        `click on "${click.selector}": the new page did not show within 10 s (h1 ${r.h1 === undefined ? 'never matched' : 'seen'}, body ${r.body === undefined ? 'never seen' : 'seen'})`,
      );
  } catch (e) {
    const error = firstLine(e);
    sample = { fullReload: true, error, targetFetchedBefore, after: { requests: 0, bytes: 0 }, fetchedAfter: [] };
    problems.note(where, `click on "${click.selector}" did not stay in the app (full page load or crash): ${error}`);
  }
  await net.idle(profile.quietMs, idleLimitMs);
  await net.settle();
  sample.after = tally(net.fetches, before);
  sample.fetchedAfter = overNetwork(net.fetches.slice(before)).map((f) => f.path);
  return sample;
}
