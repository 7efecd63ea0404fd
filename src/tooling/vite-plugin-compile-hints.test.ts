import { describe, expect, it } from 'vitest';
import { compileHint, hintedChunkMinBytes, withCompileHint } from './vite-plugin-compile-hints.ts';

const chunk = (bytes: number) => 'const __vite__mapDeps=(i)=>i;' + 'x'.repeat(bytes - 29);

describe('withCompileHint', () => {
  it('puts the hint on the first line of a large chunk, above everything else', () => {
    const code = chunk(hintedChunkMinBytes);
    const hinted = withCompileHint(code)!;
    expect(hinted.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(hinted.slice(compileHint.length)).toBe(code);
  });

  it('leaves a small chunk alone, and a hinted one', () => {
    expect(withCompileHint(chunk(hintedChunkMinBytes - 1))).toBeUndefined();
    expect(withCompileHint(withCompileHint(chunk(hintedChunkMinBytes))!)).toBeUndefined();
  });
});
