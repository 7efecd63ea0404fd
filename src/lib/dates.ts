/**
 * Dates are kept as the author wrote them. They are shown from their own digits
 * (never converted to the reader's time zone) and compared as instants.
 */
const pattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export function isValidIsoDate(value: string): boolean {
  const m = pattern.exec(value);
  if (!m) return false;
  const [, y, mo, d, h = '0', mi = '0', s = '0', offset] = m;
  const date = new Date(Date.UTC(+y!, +mo! - 1, +d!));
  const sameDay =
    date.getUTCFullYear() === +y! && date.getUTCMonth() === +mo! - 1 && date.getUTCDate() === +d!;
  // Real offsets run from -12:00 to +14:00.
  const offsetMinutes = offset && offset !== 'Z' ? +offset.slice(1, 3) * 60 + +offset.slice(4) : 0;
  const offsetOk = !offset || offset === 'Z' || (+offset.slice(4) < 60 && offsetMinutes <= 14 * 60);
  return sameDay && +h < 24 && +mi < 60 && +s < 60 && offsetOk;
}

/** Milliseconds since the epoch; a date without a time counts as midnight UTC. */
export function toInstant(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

/** "July 24, 2022": the calendar day the author wrote. */
export function formatDate(value: string): string {
  const [y, m, d] = value.slice(0, 10).split('-');
  return `${months[Number(m) - 1]} ${Number(d)}, ${y}`;
}

export function yearMonth(value: string): { year: string; month: string } {
  return { year: value.slice(0, 4), month: months[Number(value.slice(5, 7)) - 1]! };
}

/** Newest first; ties broken by slug so equal dates keep a stable order. */
export function newestFirst<T extends { date: string; slug: string }>(a: T, b: T): number {
  return toInstant(b.date) - toInstant(a.date) || a.slug.localeCompare(b.slug);
}
