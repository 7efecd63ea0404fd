/**
 * Whether links that merely come into view may be prefetched: only where it costs the
 * reader nothing they would notice, a fast connection without Save-Data. Browsers that do
 * not describe their connection (no `navigator.connection`) are taken as fast; links under
 * the pointer, focus or finger are prefetched everywhere.
 */
export interface ConnectionInfo {
  saveData?: boolean;
  effectiveType?: string;
  /** Estimated round trip, ms. */
  rtt?: number;
  /** Estimated bandwidth, Mbit/s. */
  downlink?: number;
}

export function prefetchesInView(connection: ConnectionInfo | undefined): boolean {
  if (!connection) return true;
  if (connection.saveData) return false;
  if (connection.effectiveType !== undefined && connection.effectiveType !== '4g') return false;
  if (connection.rtt !== undefined && connection.rtt > 100) return false;
  return connection.downlink === undefined || connection.downlink >= 5;
}

export const browserConnection = (): ConnectionInfo | undefined =>
  (navigator as Navigator & { connection?: ConnectionInfo }).connection;
