import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/diagnostics.ts';
import { buildFailureMessage } from './failure-message.ts';
import { SettingError } from './setting-error.ts';

const root = path.resolve(import.meta.dirname, '../..');
const errno = (code: string, syscall: string, file: string, dest?: string) =>
  Object.assign(new Error(`${code}: failed, ${syscall} '${file}'`), { code, syscall, path: file, dest });

describe('buildFailureMessage', () => {
  it('names the file, what failed and what to do for a file system error, without a stack', () => {
    const message = buildFailureMessage(errno('EEXIST', 'mkdir', path.join(root, 'dist.staging-1/posts/lets-go')), root);
    expect(message).toBe(
      'dist.staging-1/posts/lets-go: could not mkdir it (EEXIST): another build may be writing to the same folder: wait for it to finish, or delete the folder, and build again.\n' +
        'The build stopped; dist/ was not changed.',
    );
    expect(
      buildFailureMessage(
        errno('EACCES', 'copyfile', path.join(root, 'public/posts/a.png'), path.join(root, 'dist/a.png')),
        root,
      ),
    ).toMatch(/^public\/posts\/a\.png to dist\/a\.png: could not copyfile it \(EACCES\): check that you may read and write it/);
  });

  it('prints content errors as their file:line:column list', () => {
    const error = new ContentError([
      { file: 'public/posts/a.md', line: 2, column: 8, severity: 'error', message: '"title" must not be empty' },
    ]);
    const message = buildFailureMessage(error, root);
    expect(message).toContain('public/posts/a.md:2:8: "title" must not be empty');
    expect(message).toMatch(/Fix the problems above and build again\.$/);
  });

  it('prints a setting the build cannot use as its sentence, which names the fix (no "report this")', () => {
    const error = new SettingError(`site.config.ts: feedItems 0 must be a whole number of posts, 1 or more (e.g. 20)`);
    expect(buildFailureMessage(error, root)).toBe(
      'site.config.ts: feedItems 0 must be a whole number of posts, 1 or more (e.g. 20)\nThe build stopped; dist/ was not changed.',
    );
  });

  it('names the output folder the build was given (QUIRE_OUT_DIR)', () => {
    const error = new ContentError([{ file: 'a.md', line: 1, column: 1, severity: 'error', message: 'bad' }]);
    expect(buildFailureMessage(error, root, path.join(root, 'site/out'))).toContain(
      'The build stopped; site/out/ was not changed.',
    );
  });

  it('points a compile error at its file, line and column', () => {
    const error = Object.assign(new Error('Unexpected token'), { id: path.join(root, 'src/x.tsx'), loc: { line: 3, column: 4 } });
    expect(buildFailureMessage(error, root)).toMatch(
      /^src\/x\.tsx:3:5: Unexpected token: fix this in the app's code and build again\./,
    );
  });

  it('turns anything else into a sentence too', () => {
    const message = buildFailureMessage(new TypeError('x is not a function\n    at y (file.ts:1:1)'), root);
    expect(message).toMatch(/^The build failed: x is not a function\. Build again/);
    expect(message).not.toMatch(/\n\s+at /);
  });
});

describe('npm run build when it cannot write its output', () => {
  it('prints a sentence naming the file and what to do, not a stack trace', () => {
    const work = path.join(root, '.cache', 'test', 'build-failure-message');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    // A file where the output's parent folder should be.
    writeFileSync(path.join(work, 'file'), '');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      cwd: root,
      env: { ...process.env, QUIRE_OUT_DIR: path.join(work, 'file', 'dist'), QUIRE_DEBUG: '' },
      encoding: 'utf8',
    });
    rmSync(work, { recursive: true, force: true });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^\.cache\/test\/build-failure-message\/file: could not mkdir it \(E[A-Z]+\): a file stands where a folder is needed/,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 240_000);
});
