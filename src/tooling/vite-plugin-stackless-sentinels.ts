/**
 * React DOM creates five Error objects while its module evaluates, only to compare thrown
 * values against them. With DevTools' Runtime domain on (Lighthouse, Playwright, any lab
 * tool) V8 records a detailed stack for each new Error, which makes it re-parse React
 * DOM's whole module function for source positions: a long task that real readers never
 * have (figures: docs/decisions/0025-stackless-react-sentinels.md). This builds those five
 * as objects with Error's prototype and message but no stack; how React uses them
 * (identity, message) is unchanged.
 */
import type { Plugin } from 'vite';
import { patchDependency } from './patch-dependency.ts';

const reactDomClient = /[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.production\.js(?:\?|$)/;
export const sentinelNames = [
  'HydrationMismatchException',
  'SuspenseException',
  'SuspenseyCommitException',
  'SuspenseActionException',
  'SelectiveHydrationException',
] as const;
const sentinel = new RegExp(`\\b(${sentinelNames.join('|')}) = Error\\(`, 'g');
const helper = `
function quireStacklessError(message) {
  return Object.create(Error.prototype, { message: { value: message, writable: true, configurable: true } });
}
`;

/** The module's code with every sentinel built without a stack, or undefined if it no longer defines all of them. */
export function withStacklessSentinels(code: string): string | undefined {
  const found = new Set<string>();
  const changed = code.replace(sentinel, (_, name: string) => {
    found.add(name);
    return `${name} = quireStacklessError(`;
  });
  return found.size === sentinelNames.length ? changed + helper : undefined;
}

export function stacklessSentinels(): Plugin {
  return patchDependency({
    name: 'quire:stackless-sentinels',
    module: reactDomClient,
    patch: withStacklessSentinels,
    missing: `React DOM no longer defines its sentinel errors (${sentinelNames.join(', ')}) the way this plugin expects: nothing changed`,
    apply: 'build',
  });
}
