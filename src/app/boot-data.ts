/**
 * What a prerendered page hands to the app: written into the HTML as a JSON block
 * (not a script, so the Content-Security-Policy needs no exception for it).
 */
import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';
import { elementIds } from '../lib/element-ids.ts';

export interface BootData {
  /** Router path the HTML was rendered for. */
  path: string;
  /** Folder of the data files, named for the app's code that reads them. */
  dataId: string;
  queries: DehydratedState;
  router: HydrationState;
}

export function readBootData(): BootData | undefined {
  const text = document.getElementById(elementIds.boot)?.textContent;
  return text ? (JSON.parse(text) as BootData) : undefined;
}
