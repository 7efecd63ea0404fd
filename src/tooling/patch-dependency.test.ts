import { describe, expect, it, vi } from 'vitest';
import { patchDependency } from './patch-dependency.ts';

const plugin = patchDependency({
  name: 'test:patch',
  module: /[\\/]lib[\\/]a\.js$/,
  patch: (code) => (code.includes('slow()') ? code.replace('slow()', 'fast()') : undefined),
  missing: 'lib/a.js changed',
});
const transform = (code: string, id: string) => {
  const warn = vi.fn();
  const out = (plugin.transform as (this: unknown, code: string, id: string) => unknown).call({ warn }, code, id);
  return { out, warn };
};

describe('patchDependency', () => {
  it('changes only the module it names', () => {
    expect(transform('slow();', '/x/lib/a.js').out).toEqual({ code: 'fast();', map: null });
    expect(transform('slow();', '/x/lib/b.js').out).toBeUndefined();
  });

  it('warns, and leaves the module as it is, when it no longer has what the change expects', () => {
    const { out, warn } = transform('quick();', '/x/lib/a.js');
    expect(out).toBeUndefined();
    expect(warn).toHaveBeenCalledWith('lib/a.js changed');
  });
});
