/**
 * Marks the app's larger chunks for eager compilation (V8's explicit compile hints): their
 * functions are compiled on a background thread while each file streams in, instead of on
 * the main thread the first time each runs, at hydration and on a reader's first click
 * (docs/decisions/0035-compile-hints.md). Other engines see a comment.
 */
import type { Plugin } from 'vite';
import { inBrowserBuild } from './browser-build.ts';

/** The magic comment; V8 reads it only at the very top of a file. */
export const compileHint = '//# allFunctionsCalledOnLoad\n';

/**
 * Chunks smaller than this are left as they are: the little code in them (a view's own, or
 * what loads on demand) compiles quickly when it runs; each hint costs ~22 bytes gzipped.
 */
export const hintedChunkMinBytes = 10_000;

/** The chunk's code with the hint on top, or undefined to leave it as it is. */
export function withCompileHint(code: string): string | undefined {
  if (code.length < hintedChunkMinBytes || code.startsWith(compileHint)) return undefined;
  return compileHint + code;
}

export function compileHints(): Plugin {
  return {
    name: 'quire:compile-hints',
    apply: inBrowserBuild,
    enforce: 'post',
    generateBundle: {
      // After Vite has put its own preamble at the top of the chunks.
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk') continue;
          const hinted = withCompileHint(file.code);
          if (hinted) file.code = hinted;
        }
      },
    },
  };
}
