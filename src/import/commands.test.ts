/** The two commands as an author runs them: `npm run new` and `npm run import`. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules/.bin/tsx');
const work = mkdtempSync(path.join(tmpdir(), 'quire-commands-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(tsx, [path.join(root, 'scripts', script), ...args], { cwd: work, encoding: 'utf8', env: { ...process.env, ...env } });

// Each run starts Node and tsx (seconds on a busy machine).
const slow = { timeout: 60_000 };

describe('npm run new', slow, () => {
  it('creates the post, prints its path, and refuses to overwrite it', () => {
    const postsDir = path.join(work, 'posts');
    const first = run('new-post.ts', ['Ünïcode & Friends', '--tags', 'go,rust', '--series', 'Lets Go'], {
      QUIRE_POSTS_DIR: postsDir,
    });
    expect(first.status).toBe(0);
    expect(first.stdout.trim()).toBe('posts/unicode-and-friends.md');
    const text = readFileSync(path.join(postsDir, 'unicode-and-friends.md'), 'utf8');
    expect(text).toMatch(
      /^---\ntitle: Ünïcode & Friends\ndate: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})\ntags:\n {2}- go\n {2}- rust\nseries: Lets Go\n---\n/,
    );
    const again = run('new-post.ts', ['Ünïcode & Friends'], { QUIRE_POSTS_DIR: postsDir });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('posts/unicode-and-friends.md already exists');
    expect(readFileSync(path.join(postsDir, 'unicode-and-friends.md'), 'utf8')).toBe(text);
  });
});

describe('npm run import', slow, () => {
  it('detects the kind, reports, and writes nothing on a dry run', () => {
    const out = path.join(work, 'public/posts');
    const stdout = execFileSync(
      tsx,
      [path.join(root, 'scripts/import.ts'), path.join(root, 'src/import/fixtures/jekyll'), '--dry-run', '--out', out],
      { cwd: work, encoding: 'utf8' },
    );
    expect(stdout).toContain('as a Jekyll site; dates without an offset read in America/New_York.');
    expect(stdout).toContain('Would convert 4 posts');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an unknown source kind or time zone', () => {
    const fixture = path.join(root, 'src/import/fixtures/zola');
    const kind = run('import.ts', [fixture, '--from', 'wordpress']);
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain('--from wordpress: use one of hugo, jekyll, zola, markdown');
    const zone = run('import.ts', [fixture, '--time-zone', 'Mars/Olympus']);
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain('unknown time zone');
  });
});
