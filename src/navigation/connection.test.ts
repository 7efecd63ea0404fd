import { describe, expect, it } from 'vitest';
import { prefetchesInView } from './connection.ts';

describe('prefetchesInView', () => {
  it('a browser that does not describe its connection is taken as fast', () => {
    expect(prefetchesInView(undefined)).toBe(true);
  });
  it('a fast connection prefetches what comes into view', () => {
    expect(prefetchesInView({ effectiveType: '4g', rtt: 50, downlink: 10, saveData: false })).toBe(true);
  });
  it.each([
    ['Save-Data', { effectiveType: '4g', rtt: 50, downlink: 10, saveData: true }],
    ['3g', { effectiveType: '3g', rtt: 50, downlink: 10 }],
    // What Chromium reports under the bench's phone profile: "4g" by its coarse buckets.
    ['a 150 ms round trip', { effectiveType: '4g', rtt: 150, downlink: 1.55 }],
    ['1.6 Mbit/s', { effectiveType: '4g', rtt: 50, downlink: 1.6 }],
  ])('%s does not', (_, connection) => {
    expect(prefetchesInView(connection)).toBe(false);
  });
});
