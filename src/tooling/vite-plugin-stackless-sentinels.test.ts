import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { sentinelNames, withStacklessSentinels } from './vite-plugin-stackless-sentinels.ts';

const installed = path.join(
  path.dirname(createRequire(import.meta.url).resolve('react-dom/client')),
  'cjs',
  'react-dom-client.production.js',
);

describe('stacklessSentinels', () => {
  it('builds every sentinel error of the installed React DOM without a stack, and nothing else', () => {
    const code = readFileSync(installed, 'utf8');
    const changed = withStacklessSentinels(code)!;
    expect(changed).toBeDefined();
    for (const name of sentinelNames) {
      expect(changed).toContain(`${name} = quireStacklessError(formatProdErrorMessage(`);
      expect(changed).not.toContain(`${name} = Error(`);
    }
    // Every other Error React DOM makes (real failures) keeps its stack.
    const errors = (text: string) => text.match(/\bError\(/g)?.length ?? 0;
    expect(errors(code) - errors(changed)).toBe(sentinelNames.length);
  });

  it('makes an object that is an Error with its message and no stack', () => {
    const changed = withStacklessSentinels(sentinelNames.map((name) => `var ${name} = Error("m ${name}");`).join('\n'))!;
    const made = runInNewContext(`${changed}; ({ error: SuspenseException, isError: SuspenseException instanceof Error })`) as {
      error: Error;
      isError: boolean;
    };
    expect(made.isError).toBe(true);
    expect(made.error.message).toBe('m SuspenseException');
    expect(made.error.name).toBe('Error');
    expect('stack' in made.error).toBe(false);
  });

  it('leaves code that no longer defines every sentinel alone', () => {
    expect(withStacklessSentinels('var SuspenseException = Error("x");')).toBeUndefined();
  });
});
