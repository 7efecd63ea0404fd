/** The two browser profiles: a throttled phone and an unthrottled desktop. */
import type { BrowserContextOptions, CDPSession } from '@playwright/test';
import type { BenchOptions } from './options.ts';

export interface Profile {
  name: 'phone' | 'unthrottled';
  runs: number;
  /** Loads behind each FCP and LCP median: the runs, then loads for first paints only (see measure.ts). */
  firstPaints: number;
  /** Runs behind each median of a click on a link that was not prefetched (see measure.ts). */
  clickRuns: number;
  context: BrowserContextOptions;
  throttle: boolean;
  /** Network silence that counts as quiet. */
  quietMs: number;
}

/** 150 ms round trip, 1.6 Mbps both ways. */
export const phoneNetwork = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 200_000 };
export const phoneCpuSlowdown = 4;

export function profiles(options: BenchOptions): Profile[] {
  return [
    {
      name: 'phone',
      runs: options.phoneRuns,
      firstPaints: options.firstPaints,
      clickRuns: options.clickRuns,
      context: { viewport: { width: 412, height: 915 }, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true },
      throttle: true,
      quietMs: 700,
    },
    {
      name: 'unthrottled',
      runs: options.fastRuns,
      firstPaints: options.fastRuns,
      clickRuns: options.fastRuns,
      context: { viewport: { width: 1280, height: 800 } },
      throttle: false,
      quietMs: 500,
    },
  ];
}

export async function applyThrottling(cdp: CDPSession, profile: Profile): Promise<void> {
  await cdp.send('Network.enable');
  if (!profile.throttle) return;
  await cdp.send('Network.emulateNetworkConditions', phoneNetwork);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: phoneCpuSlowdown });
}
