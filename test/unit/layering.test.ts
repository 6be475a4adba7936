/** Keeps the architecture's boundaries true: the engine stays pure, the UI never reaches past the state layer. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
}

function offending(dir: string, banned: RegExp): string[] {
  return sources(dir).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => banned.test(line))
      .map((line) => `${file}: ${line.trim()}`),
  );
}

describe('layering', () => {
  it('the engine imports no UI, storage, state or DOM, and never reads the clock', () => {
    const banned = /from ['"](preact|@preact\/signals|idb)|from ['"]\.\.\/(ui|state|storage|build|cli)\/|Date\.now\(|new Date\(\)|(?<![.\w])document\.|(?<![.\w])window\.|localStorage|indexedDB/;
    expect(offending('src/engine', banned)).toEqual([]);
  });
  it('the engine loads zod only in its schema files, which the evaluator imports as types', () => {
    const schemaFiles = (f: string) => /src\/engine\/schema[\w-]*\.ts$/.test(f);
    const zodUsers = sources('src/engine').filter((f) => /from ['"]zod/.test(readFileSync(f, 'utf8')));
    expect(zodUsers.every(schemaFiles)).toBe(true);
    const runtimeSchemaImports = sources('src/engine')
      .filter((f) => !schemaFiles(f))
      .filter((f) => /^import \{[^}]*\} from '\.\/schema[\w-]*\.ts'/m.test(readFileSync(f, 'utf8')));
    expect(runtimeSchemaImports).toEqual([]);
  });
  it('the UI reaches the rules only through the state layer', () => {
    expect(offending('src/ui', /from ['"](\.\.\/)+(engine|build|storage)\/|from ['"]idb/)).toEqual([]);
  });
  it('only the embed module writes to the parent page, it imports nothing of the app, and no window message is read', () => {
    const toParent = offending('src', /\b(parent|top)\.postMessage\(/);
    expect(toParent.length).toBeGreaterThan(0);
    expect(toParent.filter((l) => !l.startsWith(join('src', 'embed')))).toEqual([]);
    expect(offending('src/embed', /from ['"]\.\.\//)).toEqual([]);
    // The tabs' BroadcastChannel is the app's own; a window "message" listener would hear any page.
    expect(offending('src', /addEventListener\(['"]message['"]/).filter((l) => !l.includes('channel.addEventListener'))).toEqual([]);
  });
  it('no source injects HTML, evaluates strings or makes network requests', () => {
    expect(offending('src', /innerHTML|dangerouslySetInnerHTML|[^.\w]eval\(|new Function\(|XMLHttpRequest|\bfetch\(|WebSocket|sendBeacon/)).toEqual([]);
  });
});
