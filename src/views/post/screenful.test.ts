import { describe, expect, it } from 'vitest';
import { phoneScreenful } from '../../markdown/body-html.ts';
import { screenfulChars } from './screenful.ts';

describe('screenfulChars', () => {
  it('a phone gets about the default first part; a wider and taller screen more', () => {
    expect(screenfulChars(375, 667)).toBeGreaterThanOrEqual(phoneScreenful * 0.9);
    expect(screenfulChars(375, 667)).toBeLessThanOrEqual(phoneScreenful * 1.1);
    expect(screenfulChars(1280, 800)).toBeGreaterThan(2 * screenfulChars(375, 667));
    expect(screenfulChars(1280, 1400)).toBeGreaterThan(screenfulChars(1280, 800));
  });

  it('lines no longer than the measure, however wide the screen', () => {
    expect(screenfulChars(2560, 800)).toBe(screenfulChars(1280, 800));
  });

  it('a screen too short for a header still gets a few lines', () => {
    expect(screenfulChars(375, 200)).toBeGreaterThan(0);
  });
});
