import { describe, expect, it } from 'vitest';
import { isValidIsoDate } from '../lib/dates.ts';
import { nowIn, offsetMinutesAt, toIsoDate } from './dates.ts';

describe('toIsoDate', () => {
  it('keeps an offset that is written, in ISO form', () => {
    expect(toIsoDate('2014-01-01 00:00:00 +0000')).toBe('2014-01-01T00:00:00Z');
    expect(toIsoDate('2014-01-01 08:30:00 -0700')).toBe('2014-01-01T08:30:00-07:00');
    expect(toIsoDate('2022-07-19T07:23:34-07:00', 'Europe/Berlin')).toBe('2022-07-19T07:23:34-07:00');
  });

  it('reads a time without an offset in the time zone, summer time included', () => {
    expect(toIsoDate('2020-05-01 10:00:00')).toBe('2020-05-01T10:00:00Z');
    expect(toIsoDate('2020-05-01 10:00:00', 'Europe/Berlin')).toBe('2020-05-01T10:00:00+02:00');
    expect(toIsoDate('2020-01-15T10:00', 'Europe/Berlin')).toBe('2020-01-15T10:00:00+01:00');
    expect(toIsoDate('2021-07-04 9:05:00', 'America/Los_Angeles')).toBe('2021-07-04T09:05:00-07:00');
    expect(toIsoDate('2021-03-01 12:00:00', 'Asia/Kolkata')).toBe('2021-03-01T12:00:00+05:30');
  });

  it('keeps a date alone and rejects what is not a date', () => {
    expect(toIsoDate('2021-2-3')).toBe('2021-02-03');
    expect(toIsoDate('yesterday')).toBeUndefined();
    expect(toIsoDate(42)).toBeUndefined();
  });

  it('writes dates the content pipeline accepts', () => {
    for (const v of ['2014-01-01 00:00:00 +0000', '2020-05-01 10:00:00', '2021-2-3'])
      expect(isValidIsoDate(toIsoDate(v, 'Europe/Berlin')!)).toBe(true);
  });
});

describe('offsets and now', () => {
  it('finds the offset of a zone at an instant', () => {
    expect(offsetMinutesAt(Date.UTC(2020, 6, 1), 'America/New_York')).toBe(-240);
    expect(offsetMinutesAt(Date.UTC(2020, 0, 1), 'America/New_York')).toBe(-300);
    expect(offsetMinutesAt(Date.UTC(2020, 0, 1), 'UTC')).toBe(0);
  });

  it('writes the current time with the zone offset', () => {
    const now = Date.UTC(2026, 11, 5, 4, 30, 15, 500);
    expect(nowIn('UTC', now)).toBe('2026-12-05T04:30:15Z');
    expect(nowIn('Asia/Tokyo', now)).toBe('2026-12-05T13:30:15+09:00');
  });
});
