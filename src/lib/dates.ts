/**
 * Dates are kept as the author wrote them. They are shown from their own digits
 * (never converted to the reader's time zone) and compared as instants. A date or
 * time written without an offset is read in the site's `timeZone` (IANA name, UTC by
 * default): `toInstant` and `isoInstant` are the one place that rule lives.
 */
const pattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function isValidIsoDate(value: string): boolean {
  const m = pattern.exec(value);
  if (!m) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = m;
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!));
  const sameDay = date.getUTCFullYear() === +y! && date.getUTCMonth() === +mo! - 1 && date.getUTCDate() === +d!;
  // Real offsets run from -12:00 to +14:00.
  const offsetMinutes = offset && offset !== 'Z' ? +offset.slice(1, 3) * 60 + +offset.slice(4) : 0;
  const offsetOk = !offset || offset === 'Z' || (+offset.slice(4) < 60 && offsetMinutes <= 14 * 60);
  return sameDay && +h < 24 && +mi < 60 && +s < 60 && offsetOk;
}

const hasOffset = (value: string) => /(?:Z|[+-]\d{2}:\d{2})$/.test(value) && value.length > 10;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** How far `timeZone`'s wall clock is ahead of UTC at the instant `utc` (ms). */
function zoneOffset(utc: number, timeZone: string): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(new Date(utc)).map((p) => [p.type, Number(p.value)]));
  const wall = Date.UTC(part.year!, part.month! - 1, part.day, part.hour, part.minute, part.second);
  return wall - (utc - (((utc % 1000) + 1000) % 1000));
}

/** Whether `timeZone` is an IANA zone name this runtime knows (`UTC`, `Europe/Berlin`). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Milliseconds since the epoch. A value without an offset (`2024-05-01`,
 * `2024-05-01T09:30`) is a wall-clock time in `timeZone`: a bare date is its midnight.
 */
export function toInstant(value: string, timeZone = 'UTC'): number {
  if (hasOffset(value)) return Date.parse(value);
  const wall = Date.parse(`${value.length === 10 ? `${value}T00:00:00` : value}Z`);
  if (timeZone === 'UTC' || Number.isNaN(wall)) return wall;
  // Two passes find the offset in force at that wall time (also across a DST change).
  const guess = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(guess, timeZone);
}

/** A full RFC 3339 timestamp for feeds and metadata: as written when it has an offset, else the instant in UTC. */
export function isoInstant(value: string, timeZone = 'UTC'): string {
  if (hasOffset(value)) return value;
  return new Date(toInstant(value, timeZone)).toISOString().replace(/\.000Z$/, 'Z');
}

/** "July 24, 2022": the calendar day the author wrote. */
export function formatDate(value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${months[Number(m) - 1]} ${Number(d)}, ${y}`;
}

export function yearMonth(value: string): { year: string; month: string } {
  return { year: value.slice(0, 4), month: months[Number(value.slice(5, 7)) - 1]! };
}

/** Newest first, dates without an offset read in `timeZone`; ties broken by slug so equal dates keep a stable order. */
export const newestFirst =
  (timeZone = 'UTC') =>
  <T extends { date: string; slug: string }>(a: T, b: T): number =>
    toInstant(b.date, timeZone) - toInstant(a.date, timeZone) || a.slug.localeCompare(b.slug);
