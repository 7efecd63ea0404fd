import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, isoInstant, isValidIsoDate, isValidTimeZone, newestFirst, toInstant, yearMonth } from './dates.ts';

describe('isValidIsoDate', () => {
  it.each([
    '2024-05-01',
    '2024-02-29', // leap year
    '2000-02-29', // divisible by 400: leap year
    '2023-12-31',
    '2024-05-01T09:30+02:00', // seconds are optional
    '2024-05-01T09:30:00+02:00',
    '2024-05-01T09:30:00Z',
    '2024-05-01T09:30:00.123-07:00',
    '2024-05-01T00:00:00-00:00',
    '2024-12-31T23:59:59+14:00',
    '2024-01-01T00:00:00-12:00',
    '2022-07-24T21:42:07-07:00',
    '2024-05-01T09:30:00', // no offset: read in the site's time zone
    '2024-05-01T09:30',
  ])('accepts %j', (value) => {
    expect(isValidIsoDate(value)).toBe(true);
    expect(Number.isNaN(toInstant(value))).toBe(false);
  });

  it.each([
    ['2023-02-29', 'not a leap year'],
    ['1900-02-29', 'divisible by 100 but not 400'],
    ['2023-02-30', 'no such day'],
    ['2024-04-31', 'April has 30 days'],
    ['2024-13-01', 'no month 13'],
    ['2024-00-10', 'no month 0'],
    ['2024-05-00', 'no day 0'],
    ['2024-05-01T24:00:00Z', 'hour 24'],
    ['2024-05-01T09:60:00Z', 'minute 60'],
    ['2024-05-01T09:30:60Z', 'second 60'],
    ['2024-05-01T09:30:00+15:00', 'offset beyond +14:00'],
    ['2024-05-01T09:30:00+02:60', 'offset minute 60'],
    ['2024-05-01T09:30:00+2:00', 'one-digit offset hour'],
    ['2024-05-01T09:30:00+0200', 'offset without colon'],
    ['2024-05-01 09:30:00+02:00', 'space instead of T'],
    ['2024-5-1', 'one-digit month and day'],
    ['24-05-01', 'two-digit year'],
    ['2024/05/01', 'slashes'],
    ['May 1, 2024', 'prose'],
    ['', 'empty'],
    [' 2024-05-01', 'leading space'],
  ])('rejects %j (%s)', (value) => {
    expect(isValidIsoDate(value)).toBe(false);
  });
});

describe('toInstant', () => {
  it('reads a date without a time as midnight UTC', () => {
    expect(toInstant('2024-05-01')).toBe(Date.UTC(2024, 4, 1));
  });

  it('counts the offset', () => {
    expect(toInstant('2024-01-01T23:00:00-05:00')).toBe(Date.UTC(2024, 0, 2, 4));
    expect(toInstant('2024-01-02T01:00:00+00:00')).toBe(Date.UTC(2024, 0, 2, 1));
    expect(toInstant('2024-05-01T09:30+02:00')).toBe(Date.UTC(2024, 4, 1, 7, 30));
  });
});

describe('toInstant and isoInstant in a time zone', () => {
  it('reads a bare date as midnight in the zone, summer and winter', () => {
    expect(toInstant('2024-07-01', 'America/Los_Angeles')).toBe(Date.UTC(2024, 6, 1, 7));
    expect(toInstant('2024-01-01', 'America/Los_Angeles')).toBe(Date.UTC(2024, 0, 1, 8));
    expect(toInstant('2024-05-01', 'Asia/Tokyo')).toBe(Date.UTC(2024, 3, 30, 15));
    expect(isoInstant('2024-05-01', 'Asia/Tokyo')).toBe('2024-04-30T15:00:00Z');
  });

  it('reads a time without an offset in the zone, across DST changes', () => {
    expect(toInstant('2024-05-01T09:30', 'Europe/Berlin')).toBe(Date.UTC(2024, 4, 1, 7, 30));
    expect(toInstant('2024-03-31T01:30:00', 'Europe/Berlin')).toBe(Date.UTC(2024, 2, 31, 0, 30));
    expect(toInstant('2024-03-31T03:30:00', 'Europe/Berlin')).toBe(Date.UTC(2024, 2, 31, 1, 30));
    expect(isoInstant('2024-05-01T09:30:00', 'Europe/Berlin')).toBe('2024-05-01T07:30:00Z');
  });

  it('keeps a written offset whatever the zone', () => {
    expect(toInstant('2024-05-01T09:30:00+02:00', 'Asia/Tokyo')).toBe(Date.UTC(2024, 4, 1, 7, 30));
    expect(isoInstant('2024-05-01T09:30:00+02:00', 'Asia/Tokyo')).toBe('2024-05-01T09:30:00+02:00');
  });

  it('defaults to UTC and orders in the zone', () => {
    expect(isoInstant('2024-05-01')).toBe('2024-05-01T00:00:00Z');
    // 00:30 in Tokyo is the previous day 15:30 UTC, before 20:00 UTC written with Z.
    const posts = [
      { slug: 'tokyo', date: '2024-05-02T00:30' },
      { slug: 'utc', date: '2024-05-01T20:00:00Z' },
    ];
    expect([...posts].sort(newestFirst('Asia/Tokyo')).map((p) => p.slug)).toEqual(['utc', 'tokyo']);
    expect([...posts].sort(newestFirst()).map((p) => p.slug)).toEqual(['tokyo', 'utc']);
  });

  it('knows IANA zone names', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('formatDate', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('shows the calendar day the author wrote, whatever the process time zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = tz;
      // The zone really is in effect: a Date-based formatter would show another day here.
      const local = new Date('2022-07-24T21:42:07-07:00');
      expect(local.getDate()).toBe(tz === 'America/Los_Angeles' || tz === 'Pacific/Pago_Pago' ? 24 : 25);
      // 2022-07-25 04:42 UTC: a conversion to UTC or Tokyo would show July 25.
      expect(formatDate('2022-07-24T21:42:07-07:00')).toBe('July 24, 2022');
      // 2023-12-31 10:30 UTC: a conversion to Los Angeles or Pago Pago would show December 31.
      expect(formatDate('2024-01-01T00:30:00+14:00')).toBe('January 1, 2024');
      // Midnight UTC would be the previous day west of Greenwich.
      expect(formatDate('2024-03-01')).toBe('March 1, 2024');
    }
  });

  it.each([
    ['2024-01-05', 'January 5, 2024'],
    ['2024-02-29', 'February 29, 2024'],
    ['2021-12-31T23:59:59Z', 'December 31, 2021'],
    ['2020-10-10T10:10:10+05:30', 'October 10, 2020'],
  ])('%j → %j', (value, text) => {
    expect(formatDate(value)).toBe(text);
  });
});

describe('yearMonth', () => {
  it('takes the year and month from the written date', () => {
    expect(yearMonth('2024-03-31T23:30:00-05:00')).toEqual({ year: '2024', month: 'March' });
    expect(yearMonth('2019-12-01')).toEqual({ year: '2019', month: 'December' });
  });
});

describe('newestFirst', () => {
  const post = (slug: string, date: string) => ({ slug, date });

  it('compares dates as instants, offsets included', () => {
    const a = post('a', '2024-01-02T01:00:00+00:00'); // 01:00 UTC
    const b = post('b', '2024-01-01T23:00:00-05:00'); // 04:00 UTC: newer, although its calendar day is earlier
    expect([a, b].sort(newestFirst()).map((p) => p.slug)).toEqual(['b', 'a']);
    expect([b, a].sort(newestFirst()).map((p) => p.slug)).toEqual(['b', 'a']);
  });

  it('orders a date-only post as midnight UTC among timed posts', () => {
    const posts = [
      post('midnight', '2024-01-02'),
      post('before', '2024-01-01T23:59:00Z'),
      post('after', '2024-01-02T00:01:00Z'),
      post('west', '2024-01-01T20:00:00-05:00'), // 2024-01-02T01:00Z
    ];
    expect(posts.sort(newestFirst()).map((p) => p.slug)).toEqual(['west', 'after', 'midnight', 'before']);
  });

  it('breaks ties by slug, whatever the input order', () => {
    const same = ['charlie', 'alpha', 'bravo'].map((slug) => post(slug, '2024-01-01T10:00:00+02:00'));
    const sameInstant = post('delta', '2024-01-01T08:00:00Z');
    expect([...same, sameInstant].sort(newestFirst()).map((p) => p.slug)).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    expect(
      [sameInstant, ...same]
        .reverse()
        .sort(newestFirst())
        .map((p) => p.slug),
    ).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
  });
});
