import { describe, expect, it } from 'vitest';
import { hugoPathSegment, hugoPermalink, jekyllPermalink, zolaPermalink, type PermalinkPost } from './permalinks.ts';

const post: PermalinkPost = { date: '2021-02-03T10:00:00+01:00', title: 'Hello, World!', fileName: 'hello-world', section: [] };

describe('old permalinks', () => {
  it('follows Jekyll patterns and named styles', () => {
    expect(jekyllPermalink('date', post)).toBe('/2021/02/03/hello-world.html');
    expect(jekyllPermalink('pretty', { ...post, section: ['Go', 'Tips'] })).toBe('/go/tips/2021/02/03/hello-world/');
    expect(jekyllPermalink('/blog/:year/:i_month/:slug/', { ...post, slug: 'hi' })).toBe('/blog/2021/2/hi/');
    expect(jekyllPermalink('ordinal', post)).toBe('/2021/034/hello-world.html');
  });

  it("keeps the case of Jekyll's :title, as Jekyll does, and lowercases its :slug", () => {
    const named = { ...post, fileName: 'Debian10 setup (notes)' };
    expect(jekyllPermalink('pretty', { ...named, section: ['Linux'] })).toBe('/linux/2021/02/03/Debian10-setup-(notes)/');
    expect(jekyllPermalink('/:year/:slug.html', named)).toBe('/2021/debian10-setup-notes.html');
    expect(jekyllPermalink('date', { ...post, fileName: 'UbuntuTips' })).toBe('/2021/02/03/UbuntuTips.html');
  });

  it('follows Hugo permalinks or the section path', () => {
    expect(hugoPermalink(undefined, { ...post, section: ['posts'] })).toBe('/posts/hello-world/');
    expect(hugoPermalink(undefined, { ...post, section: ['posts'], slug: 'hi-there' })).toBe('/posts/hi-there/');
    expect(hugoPermalink('/:year/:month/:title/', post)).toBe('/2021/02/hello-world/');
    expect(hugoPermalink('/:section/:monthname/:slugorfilename', { ...post, section: ['blog'] })).toBe(
      '/blog/february/hello-world',
    );
  });

  it('makes a folder name a path segment as Hugo does', () => {
    expect(hugoPathSegment('Terraform on AWS & More')).toBe('terraform-on-aws-more');
    expect(hugoPathSegment('01 - Basics')).toBe('01-basics');
    expect(hugoPathSegment('  Café  Notes ')).toBe('café-notes');
    expect(hugoPathSegment('c# and f#')).toBe('c-and-f');
    expect(hugoPermalink(undefined, { ...post, section: ['Posts', 'Go Course'], fileName: 'Part One' })).toBe(
      '/posts/go-course/part-one/',
    );
  });

  it('follows Zola section paths and a page path', () => {
    expect(zolaPermalink({ ...post, section: ['blog', 'rust'] })).toBe('/blog/rust/hello-world/');
    expect(zolaPermalink(post, '/old/place')).toBe('/old/place/');
  });
});
