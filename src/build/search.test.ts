import { describe, expect, it } from 'vitest';
import { markRuns, parseQuery, search, withinOneEdit } from '../data/search.ts';
import { memoryIndex } from './test-support.tsx';

const md = (title: string, body: string, extra = '') => `---\ntitle: "${title}"\ndate: 2024-01-01\n${extra}---\n\n${body}\n`;

const posts = [
  {
    slug: 'body-only',
    source: md(
      'Notes on clusters',
      'Once I read about Kubernetes schedulers here.\n\nMore about kubernetes and kubernetes.',
      'tags: [ops]\n',
    ),
  },
  { slug: 'in-title', source: md('Kubernetes in practice', 'A few notes.', 'tags: [containers]\n') },
  { slug: 'dessert', source: md('Crème brûlée', 'A dessert with a burnt top.') },
  { slug: 'unique', source: md('Something else', 'The word zanzibar appears only here.', 'series: Travel\n') },
  { slug: 'code', source: md('Shell tricks', 'Some commands.\n\n```sh\nkubernetes-cli apply\n```') },
  { slug: 'draft', source: md('Kubernetes draft', 'Zanzibar secrets.', 'draft: true\n') },
  {
    slug: 'orders',
    source: md(
      'Ordering',
      'Nothing to see in this opening paragraph at all.\n\n' +
        'Much later, after a long detour through unrelated matters that fill the space of a passage, the write ahead log keeps every change before it lands in the table files, and nothing else in this passage matters much at all, however long it goes on for another sentence or two of filler.',
    ),
  },
  { slug: 'reversed', source: md('Reversed', 'The log ahead of the write is another thing.') },
  { slug: 'apart', source: md('Apart', 'Write it down; later, ahead of time, keep a log.') },
];

const slugs = async (index: ReturnType<typeof memoryIndex>, q: string, extra = {}) =>
  (await search(index.services, { q, ...extra }, 20)).results.map((r) => r.doc.slug);

describe('search', () => {
  it('ranks a post with the word in its title above posts with it only in the body, and code last', async () => {
    expect(await slugs(memoryIndex(posts), 'kubernetes ')).toEqual(['in-title', 'body-only', 'code']);
  });

  it('finds a word that is in one post only, and never a draft', async () => {
    const index = memoryIndex(posts);
    expect(await slugs(index, 'zanzibar')).toEqual(['unique']);
    expect(await slugs(index, 'secrets')).toEqual([]);
    expect(await slugs(index, 'draft')).toEqual([]);
  });

  it('folds accents and case, and stems', async () => {
    const index = memoryIndex(posts);
    expect(await slugs(index, 'creme brulee')).toEqual(['dessert']);
    expect(await slugs(index, 'CRÈME')).toEqual(['dessert']);
    expect(await slugs(index, 'scheduler ')).toEqual(['body-only']);
  });

  it('matches the last word as a prefix while it is typed, but not after a space', async () => {
    const index = memoryIndex(posts);
    expect(await slugs(index, 'zanz')).toEqual(['unique']);
    expect(await slugs(index, 'zanz ')).toEqual([]);
  });

  it('forgives one typo in a longer word', async () => {
    expect(await slugs(memoryIndex(posts), 'zanzibra ')).toEqual([]);
    expect(await slugs(memoryIndex(posts), 'zanzubar ')).toEqual(['unique']);
    expect(withinOneEdit('kitten', 'kiten')).toBe(true);
    expect(withinOneEdit('kitten', 'sitting')).toBe(false);
  });

  it('needs every word, and narrows by tag and series', async () => {
    const index = memoryIndex(posts);
    expect((await slugs(index, 'kubernetes notes')).sort()).toEqual(['body-only', 'in-title']);
    expect(await slugs(index, 'kubernetes', { tag: 'ops' })).toEqual(['body-only']);
    expect(await slugs(index, 'zanzibar', { series: 'travel' })).toEqual(['unique']);
    expect(await slugs(index, 'zanzibar', { tag: 'no-such-tag' })).toEqual([]);
  });

  it('reads the doc table and the text only for the results it returns', async () => {
    const index = memoryIndex(posts);
    const { results } = await search(index.services, { q: 'zanzibar' }, 20);
    expect(index.read.filter((p) => p.startsWith('search/docs/'))).toEqual(['search/docs/0.json']);
    expect(index.read.filter((p) => p.startsWith('search/terms/'))).toEqual(['search/terms/za.json']);
    expect(index.read.filter((p) => p.startsWith('search/text/'))).toEqual([`search/text/${results[0]!.number}.json`]);
  });

  it('matches a quoted phrase only with its words adjacent and in order', async () => {
    const index = memoryIndex(posts);
    expect((await slugs(index, 'write ahead log ')).sort()).toEqual(['apart', 'orders', 'reversed']);
    expect(await slugs(index, '"write ahead log"')).toEqual(['orders']);
    expect(await slugs(index, '"log ahead"')).toEqual(['reversed']);
    expect(await slugs(index, '"ahead write"')).toEqual([]);
    expect(await slugs(index, '"creme brulee"')).toEqual(['dessert']);
    expect(await slugs(index, '"brulee creme"')).toEqual([]);
    // Still being typed: the phrase's last word is a prefix.
    expect(await slugs(index, '"write ahead lo')).toEqual(['orders']);
    const answer = await search(index.services, { q: '"ahead write"' }, 20);
    expect(answer).toMatchObject({ total: 0, atLeast: false });
  });

  it('shows an excerpt around the match in the body, not the summary', async () => {
    const [result] = (await search(memoryIndex(posts).services, { q: '"write ahead log"' }, 20)).results;
    expect(result!.doc.summary).not.toContain('write ahead');
    expect(result!.excerpt).toMatch(/^… .*the write ahead log keeps every change.* …$/);
    expect(result!.excerpt!.length).toBeLessThan(215);
  });

  it('says "at least" when a phrase was looked for in only part of the candidates', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({
      slug: `n${i}`,
      source: md(`Note ${i}`, i === 11 ? 'Ahead of the write, a log.' : 'The write ahead log again.'),
    }));
    // Two found in the first two checked: the other ten are not read.
    const answer = await search(memoryIndex(many).services, { q: '"write ahead log"' }, 2);
    expect(answer).toMatchObject({ total: 2, atLeast: true });
    expect(answer.results).toHaveLength(2);
    // One result asked for, three posts checked per result: eleven candidates are more than that.
    const narrow = await search(memoryIndex(many).services, { q: '"again write"' }, 1);
    expect(narrow).toMatchObject({ total: 0, atLeast: true });
  });

  it('reads the query: stop words dropped, the last word a prefix', () => {
    expect(parseQuery('the design of ')).toEqual([{ word: 'design', term: 'design', prefix: false }]);
    expect(parseQuery('schedul')).toEqual([{ word: 'schedul', term: 'schedul', prefix: true }]);
  });

  it('marks the matched words in a text', () => {
    const runs = markRuns('Kubernetes schedules pods, Crème', { terms: ['schedul', 'creme'], prefixes: ['pod'] });
    expect(runs.filter((r) => r.mark).map((r) => r.text)).toEqual(['schedules', 'pods', 'Crème']);
    expect(runs.map((r) => r.text).join('')).toBe('Kubernetes schedules pods, Crème');
  });
});
