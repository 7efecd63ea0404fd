import { describe, expect, it } from 'vitest';
import { actionFor, shortcutList } from './keys.ts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('actionFor', () => {
  it('maps the single keys', () => {
    expect(actionFor(press('?'), false).action).toBe('help');
    expect(actionFor(press('j'), false).action).toBe('next');
    expect(actionFor(press('k'), false).action).toBe('previous');
    expect(actionFor(press('t'), false).action).toBe('theme');
    expect(actionFor(press('x'), false)).toEqual({ action: undefined, pendingG: false });
  });

  it('goes home on g then h, and only then', () => {
    expect(actionFor(press('g'), false)).toEqual({ pendingG: true });
    expect(actionFor(press('h'), true)).toEqual({ action: 'home', pendingG: false });
    expect(actionFor(press('h'), false).action).toBeUndefined();
    expect(actionFor(press('j'), true).action).toBeUndefined();
  });

  it('ignores keys with a modifier, and never binds search', () => {
    expect(actionFor(press('t', { ctrlKey: true }), false).action).toBeUndefined();
    expect(actionFor(press('j', { metaKey: true }), false).action).toBeUndefined();
    expect(actionFor(press('k', { ctrlKey: true }), false).action).toBeUndefined();
    expect(actionFor(press('/'), false).action).toBeUndefined();
    expect(shortcutList[0]!.what).toBe('Search');
  });
});
