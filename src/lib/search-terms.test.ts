import { describe, expect, it } from 'vitest';
import { fold } from './fold.ts';
import { shardOf, term, terms, words } from './search-terms.ts';

describe('search terms', () => {
  it('folds case and accents', () => {
    expect(fold('Crème BRÛLÉE')).toBe('creme brulee');
    expect(fold('Straße Œuvre')).toBe('strasse oeuvre');
    expect(terms('crème brûlée')).toEqual(terms('creme brulee'));
  });

  it('splits words on anything but letters and digits, keeping apostrophes inside words', () => {
    expect(words("Don't panic: k8s, go-lang & C++!")).toEqual(['dont', 'panic', 'k8s', 'go', 'lang', 'c']);
  });

  it('stems English words so that forms of a word meet', () => {
    expect(term('running')).toBe('run');
    expect(term('containers')).toBe(term('container'));
    expect(terms('Scheduling schedulers scheduled')).toEqual(['schedul', 'schedul', 'schedul']);
  });

  it('leaves out stop words and one-letter words', () => {
    expect(terms('The design of a system is in the details')).toEqual(['design', 'system', 'detail']);
  });

  it('keeps words of other scripts and digits as they are', () => {
    expect(terms('Привет 2024 東京')).toEqual(['привет', '2024', '東京']);
  });

  it('finds the longest shard key that starts a word', () => {
    const keys = new Set(['co', 'con', 'ku']);
    expect(shardOf('container', keys)).toBe('con');
    expect(shardOf('code', keys)).toBe('co');
    expect(shardOf('kubernetes', keys)).toBe('ku');
    expect(shardOf('zebra', keys)).toBeUndefined();
  });
});
