import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileHashes } from './file-hashes.ts';
import { sha } from './hash.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('fileHashes', () => {
  it('hashes each file, trusts a kept hash while the file is untouched, and reads a file again once written', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'quire-hashes-'));
    const [a, b] = [path.join(dir, 'a.md'), path.join(dir, 'b.md')];
    writeFileSync(a, 'alpha');
    writeFileSync(b, 'beta');
    const kept = path.join(dir, 'cache', 'file-hashes.json');
    expect(fileHashes([a, b], kept)).toEqual([sha(Buffer.from('alpha')), sha(Buffer.from('beta'))]);

    // While a's stamp is unchanged its kept hash is used as is, without reading the file.
    const record = JSON.parse(readFileSync(kept, 'utf8')) as Record<string, [string, string]>;
    writeFileSync(kept, JSON.stringify({ ...record, [a]: [record[a]![0], 'kept'] }));
    expect(fileHashes([a, b], kept)[0]).toBe('kept');

    // Same size, new bytes: a new stamp, so the file is read again.
    writeFileSync(a, 'omega');
    expect(fileHashes([a], kept)).toEqual([sha(Buffer.from('omega'))]);
    expect(Object.keys(JSON.parse(readFileSync(kept, 'utf8')) as object)).toEqual([a]);
  });
});
