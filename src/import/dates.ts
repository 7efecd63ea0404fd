/**
 * Dates as Hugo, Jekyll and Zola write them → the ISO form Quire reads. A date-time
 * without an offset is read in the source site's time zone; the offset that zone had at
 * that moment (summer time included) is written out.
 */

/** Minutes east of UTC that `timeZone` had at the instant `ms`. */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(ms))
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0; // "GMT" alone: UTC
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/** Throws a RangeError for a name Intl does not know. */
export function checkTimeZone(timeZone: string): void {
  new Intl.DateTimeFormat('en-US', { timeZone });
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const written = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i;

/**
 * `2014-01-01 00:00:00 +0000` → `2014-01-01T00:00:00Z`; `2020-05-01 10:00:00` in
 * Europe/Berlin → `2020-05-01T10:00:00+02:00`; a date alone stays a date. Undefined
 * when the text is not a date of these shapes.
 */
export function toIsoDate(value: unknown, timeZone = 'UTC'): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().replace('.000Z', 'Z');
  if (typeof value !== 'string') return undefined;
  const m = written.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '00', zone] = m;
  const day = `${y}-${mo!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  if (h === undefined) return day;
  const time = `${h.padStart(2, '0')}:${mi}:${s}`;
  if (zone) {
    const z = zone.toUpperCase();
    if (z === 'Z' || z === 'UTC' || z === 'GMT') return `${day}T${time}Z`;
    const offset = z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
    return `${day}T${time}${offset === '+00:00' || offset === '-00:00' ? 'Z' : offset}`;
  }
  // The wall-clock time read as UTC, then moved by the zone's offset; looked up a
  // second time at the corrected instant so a date near a summer-time change is right.
  const wall = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi!, +s);
  let offset = offsetMinutesAt(wall, timeZone);
  offset = offsetMinutesAt(wall - offset * 60_000, timeZone);
  return `${day}T${time}${formatOffset(offset)}`;
}

/** The current time in `timeZone`, to the second, with its offset. */
export function nowIn(timeZone: string, now = Date.now()): string {
  const offset = offsetMinutesAt(now, timeZone);
  const local = new Date(Math.floor(now / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset)}`;
}
