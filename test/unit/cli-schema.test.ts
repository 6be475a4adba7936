/** `rules schema`: the JSON Schemas in policies/schema/ are generated from the zod schemas and kept up to date. */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIo } from '../../src/cli/io.ts';
import { SCHEMA_FILES, generateSchemas } from '../../src/cli/json-schemas.ts';
import { run } from '../../src/cli/run.ts';

async function cli(...argv: string[]) {
  const io = captureIo(process.cwd());
  const code = await run(['schema', ...argv], io);
  return { code, out: io.out(), err: io.err() };
}

describe('rules schema', () => {
  it('the files in policies/schema are up to date (run `npm run rules -- schema` if not)', async () => {
    const r = await cli('--check');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync('policies/schema').sort()).toEqual(SCHEMA_FILES.map((s) => s.file).sort());
  });

  it('every policy file points its editor at the generated schema for its kind', () => {
    const folders: Record<string, string> = { items: 'item', facts: 'facts', parameters: 'parameters', materials: 'materials', definitions: 'definitions' };
    const expected = (file: string) => folders[file.split('/')[0]!] ?? file.replace('.yaml', '');
    const files = readdirSync('policies', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const target = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(join('policies', file), 'utf8'))?.[1];
      expect(target, file).toBeDefined();
      expect(relative('policies', resolve('policies', dirname(file), target!)), file).toBe(`schema/${expected(file)}.schema.json`);
    }
  });

  it('names the recursive definitions and keeps objects strict', () => {
    const item = JSON.parse(generateSchemas().get('item.schema.json')!);
    expect(item.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(item.definitions).sort()).toEqual(['Amount', 'Condition']);
    expect(item.properties.conditions).toEqual({ $ref: '#/definitions/Condition' });
    expect(item.additionalProperties).toBe(false);
    expect(item.required).toEqual(expect.arrayContaining(['id', 'conditions', 'cases']));
    const answers = JSON.parse(generateSchemas().get('answers.schema.json')!);
    expect(answers.properties.version).toMatchObject({ const: 1 });
  });

  describe('in a scratch policies folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'hz-schema-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('--check fails (exit 1) when files are missing, naming them', async () => {
      const r = await cli('--check', '--policies', root);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/out of date or missing: .*item\.schema\.json/);
    });

    it('writes every file, after which --check passes', async () => {
      const r = await cli('--policies', root);
      expect(r.code).toBe(0);
      for (const { file } of SCHEMA_FILES) expect(r.out).toContain(`wrote     ${join(root, 'schema', file)}`);
      expect((await cli('--check', '--policies', root)).code).toBe(0);
      expect((await cli('--policies', root)).out).toMatch(/^unchanged /m);
    });

    it('--check fails (exit 1) when a file was edited by hand', async () => {
      const path = join(root, 'schema', 'facts.schema.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('"facts"', '"questions"'));
      const r = await cli('--check', '--policies', root);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/facts\.schema\.json/);
      expect(r.err).not.toMatch(/item\.schema\.json/);
    });
  });
});
