/**
 * What a prerendered page hands to the app: written into the HTML as a JSON block
 * (not a script, so the Content-Security-Policy needs no exception for it).
 */
import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';

export interface BootData {
  /** Router path the HTML was rendered for. */
  path: string;
  /** Folder of the data files, named for the app's code that reads them. */
  dataId: string;
  queries: DehydratedState;
  router: HydrationState;
}

/** Ids with capitals: heading ids in posts are always lowercase, so they cannot collide. */
export const bootElementId = 'QuireBoot';

export function readBootData(): BootData | undefined {
  const text = document.getElementById(bootElementId)?.textContent;
  return text ? (JSON.parse(text) as BootData) : undefined;
}
