/**
 * The dev server's incremental content against a cold load: after any sequence of edits,
 * renames, deletes and image changes, told to it as the file watcher tells them (absolute
 * paths, while the posts folder is given relative to the project as by default), it
 * holds exactly what loading the folder from scratch gives.
 */
import fc from 'fast-check';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteConfig } from '../schema/site.ts';
import { DevContent, devCacheFile } from './dev-content.ts';
import { formatDiagnostic } from '../content/diagnostics.ts';
import { loadContent } from '../content/load-content.ts';

const site: SiteConfig = {
  title: 'Test Blog',
  description: 'A blog for tests.',
  author: 'Site Author',
  bio: 'I write tests.',
  links: [],
  baseUrl: 'https://example.com/',
  postsPerPage: 2,
  language: 'en',
  feedContent: 'full',
};

let dir: string;
/** The posts folder as the config names it: relative to the project. */
let postsDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'quire-dev-content-'));
  postsDir = path.relative(process.cwd(), dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Folder posts too: `lets-go/index.md` is the same post as `lets-go.md` (an error while both exist).
const names = [
  'lets-go.md',
  'part-two.md',
  'plain.md',
  'Bad_Name.md',
  'notes.markdown',
  'trip/index.md',
  'lets-go/index.md',
] as const;
const image = 'images/pic.svg';
/** An image of the folder post `trip`, as its Markdown refers to it. */
const tripImage = 'trip/pic.svg';

const post = fc.record({
  title: fc.constantFrom('Lets Go', 'Edited title', 'Another: "quoted"'),
  date: fc.constantFrom('2022-07-24T21:42:07-07:00', '2023-01-02', 'not a date', ''),
  series: fc.constantFrom(undefined, 'Lets Go', 'lets go'),
  seriesOrder: fc.constantFrom(undefined, 1, 2),
  tags: fc.constantFrom(undefined, '[go]', '[Go, containers]', 'go'),
  draft: fc.boolean(),
  body: fc.constantFrom(
    'Some words.',
    'See [the first part](./lets-go.md).',
    `A picture: ![pic](${image})`,
    'In a folder post, a picture beside it: ![pic](pic.svg)',
    'A link to [a missing post](./nope.md).',
  ),
});

const operation = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), name: fc.constantFrom(...names), post }),
  fc.record({ kind: fc.constant('delete' as const), name: fc.constantFrom(...names) }),
  fc.record({ kind: fc.constant('rename' as const), from: fc.constantFrom(...names), to: fc.constantFrom(...names) }),
  fc.record({ kind: fc.constant('image' as const), name: fc.constantFrom(image, tripImage), present: fc.boolean() }),
  // A folder removed as a whole, which the watcher may report as the folder alone.
  fc.record({ kind: fc.constant('removeFolder' as const), name: fc.constantFrom('trip', 'lets-go') }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;
interface Post {
  title: string;
  date: string;
  series?: string | undefined;
  seriesOrder?: number | undefined;
  tags?: string | undefined;
  draft: boolean;
  body: string;
}

function text(p: Post): string {
  const lines = [`title: ${JSON.stringify(p.title)}`, `date: ${p.date}`];
  if (p.series) lines.push(`series: ${p.series}`);
  if (p.seriesOrder !== undefined) lines.push(`seriesOrder: ${p.seriesOrder}`);
  if (p.tags) lines.push(`tags: ${p.tags}`);
  if (p.draft) lines.push('draft: true');
  return `---\n${lines.join('\n')}\n---\n\n${p.body}\n`;
}

const abs = (name: string) => path.join(dir, name);

/** Applies an operation to the folder; returns the paths the watcher reports. */
async function apply(op: Operation): Promise<string[]> {
  switch (op.kind) {
    case 'write':
      await mkdir(path.dirname(abs(op.name)), { recursive: true });
      await writeFile(abs(op.name), text(op.post));
      return [abs(op.name)];
    case 'delete':
      await rm(abs(op.name), { force: true });
      return [abs(op.name)];
    case 'rename':
      if (op.from === op.to || !existsSync(abs(op.from))) return [];
      await mkdir(path.dirname(abs(op.to)), { recursive: true });
      await rename(abs(op.from), abs(op.to));
      return [abs(op.from), abs(op.to)];
    case 'image':
      await mkdir(path.dirname(abs(op.name)), { recursive: true });
      if (op.present) await writeFile(abs(op.name), '<svg xmlns="http://www.w3.org/2000/svg"/>');
      else await rm(abs(op.name), { force: true });
      return [abs(op.name)];
    case 'removeFolder':
      await rm(abs(op.name), { recursive: true, force: true });
      return [abs(op.name)];
  }
}

const cold = () => loadContent({ postsDir, site, includeDrafts: true });

describe('DevContent', () => {
  it('after any sequence of edits, renames, deletes, image and folder changes, equals a cold load of the same files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(operation, fc.boolean()), { minLength: 1, maxLength: 12 }), async (steps) => {
        await rm(dir, { recursive: true, force: true });
        await mkdir(dir, { recursive: true });
        await writeFile(
          abs('lets-go.md'),
          text({
            title: 'Lets Go',
            date: '2022-07-24T21:42:07-07:00',
            series: 'Lets Go',
            seriesOrder: 1,
            tags: '[go]',
            draft: false,
            body: 'Some words.',
          }),
        );
        const state = new DevContent({ postsDir, site });
        await state.load();
        for (const [op, reversed] of steps) {
          const events = await apply(op);
          // The watcher may report a rename's two paths in either order.
          for (const file of reversed ? events.reverse() : events) {
            const before = state.content();
            // "Nothing changed" must be true: the dev server then skips the reload.
            if (!(await state.touched(file))) expect(state.content()).toEqual(before);
          }
          expect(state.content()).toEqual(await cold());
          // A second report of the same files finds nothing new.
          for (const file of events) expect(await state.touched(file)).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
  }, 30_000);

  it('an edited series post replaces its earlier version instead of conflicting with it', async () => {
    const first = {
      title: 'Lets Go',
      date: '2022-07-24T21:42:07-07:00',
      series: 'Lets Go',
      seriesOrder: 1,
      tags: '[go]',
      draft: false,
      body: 'Some words.',
    };
    await writeFile(abs('lets-go.md'), text(first));
    const state = new DevContent({ postsDir, site });
    await state.load();
    await writeFile(abs('lets-go.md'), text({ ...first, title: 'Lets Go, edited' }));
    await state.touched(abs('lets-go.md'));
    const content = state.content();
    expect(content.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(content.blog.posts.map((p) => p.title)).toEqual(['Lets Go, edited']);
  });

  it('a missing image warning goes once the image exists', async () => {
    await writeFile(abs('plain.md'), `---\ntitle: Plain\ndate: 2024-01-01\n---\n\n![pic](${image})\n`);
    const state = new DevContent({ postsDir, site });
    await state.load();
    expect(state.content().diagnostics.map((d) => d.message)).toEqual([
      expect.stringContaining(`image "${image}" does not exist`),
    ]);
    await mkdir(path.dirname(abs(image)));
    await writeFile(abs(image), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await state.touched(abs(image));
    expect(state.content().diagnostics).toEqual([]);
  });
});

describe('devCacheFile', () => {
  it('gives the default posts folder its usual file and any other folder its own', () => {
    expect(devCacheFile('public/posts')).toBe(path.join('.cache/quire', 'dev-posts.json'));
    expect(devCacheFile(path.resolve('public/posts'))).toBe(path.join('.cache/quire', 'dev-posts.json'));
    expect(devCacheFile('/tmp/a')).not.toBe(devCacheFile('public/posts'));
    expect(devCacheFile('/tmp/a')).not.toBe(devCacheFile('/tmp/b'));
  });
});
