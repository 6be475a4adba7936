/** src/storage/ stays below the state layer, and keeps classic zod out of the browser bundle. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = 'src/storage';
const imports = readdirSync(DIR)
  .filter((n) => /\.tsx?$/.test(n))
  .flatMap((n) => readFileSync(join(DIR, n), 'utf8').split('\n').filter((l) => /^\s*(import|export)\b.*\bfrom\s+['"]/.test(l)).map((l) => `${n}: ${l.trim()}`));

describe('storage layering', () => {
  it('imports no preact, signals, state or UI', () => {
    expect(imports.filter((l) => /from ['"](preact|@preact\/)|from ['"]\.\.\/(ui|state|i18n)\//.test(l))).toEqual([]);
  });
  it('uses zod/mini, and takes only types from the engine schema (which loads classic zod)', () => {
    expect(imports.filter((l) => /from ['"]zod(\/v4)?['"]/.test(l))).toEqual([]);
    expect(imports.filter((l) => /from ['"]\.\.\/engine\/schema/.test(l) && !/^\S+ (import|export) type /.test(l))).toEqual([]);
  });
  it('keeps zod out of the store, so saving drafts does not load it (only file import/export does)', () => {
    expect(imports.filter((l) => l.startsWith('drafts.ts:') && /zod|draft-schema/.test(l) && !/import type /.test(l))).toEqual([]);
  });
  it('is actually checked (this test sees the storage modules)', () => {
    expect(imports.some((l) => l.startsWith('drafts.ts:') && /from 'idb'/.test(l))).toBe(true);
  });
});
