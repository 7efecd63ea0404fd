import { formatDate } from '../lib/dates.ts';

/** A date as the author wrote it, whatever the reader's time zone. */
export function FormattedDate({ value }: { value: string }) {
  return <time dateTime={value}>{formatDate(value)}</time>;
}
