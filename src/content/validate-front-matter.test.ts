import { describe, expect, it } from 'vitest';
import { frontMatterFields } from '../schema/post.ts';
import { closest } from './validate-front-matter.ts';

describe('closest (did-you-mean for unknown front matter fields)', () => {
  it.each([
    ['tag', 'tags'],
    ['sumary', 'summary'],
    ['Title', 'title'],
    ['titel', 'title'],
    ['auther', 'author'],
    ['drafts', 'draft'],
    ['covr', 'cover'],
    ['seriesorder', 'seriesOrder'],
    ['series_order', 'seriesOrder'],
    ['update', 'updated'],
  ])('%j → %j', (typo, field) => {
    expect(closest(typo, frontMatterFields)).toBe(field);
  });

  it.each(['foo', 'permalink', 'categories', 'x'])('%j has no suggestion', (word) => {
    expect(closest(word, frontMatterFields)).toBeUndefined();
  });
});
