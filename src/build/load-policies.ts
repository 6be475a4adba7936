/**
 * Reads policies/ (YAML), validates every file with zod, cross-checks references, and compiles one Ruleset
 * with a content hash. Node only: the build, the CLI and the tests use it; the app gets the result as JSON.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type * as z from 'zod';
import {
  DefinitionsFile,
  FactsFile,
  Item,
  MaterialsFile,
  ParametersFile,
  RulesetHeader,
  ServicesFile,
  SourcesFile,
} from '../engine/schema.ts';
import type { RuleItem, Ruleset } from '../engine/types.ts';
import { checkReferences } from './check-references.ts';
import { checkServices } from './check-services.ts';
import { checkGates } from './check-gates.ts';

/** One problem in one policy file: where it is and what is wrong. */
export interface PolicyIssue {
  file: string;
  path: string;
  line?: number;
  col?: number;
  message: string;
}

/** Thrown when the policy files do not validate; its message lists every issue, one per line. */
export class PolicyError extends Error {
  constructor(readonly issues: PolicyIssue[]) {
    super(`${issues.length} problem(s) in the policy files:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'PolicyError';
  }
}

/** "policies/items/x/y.yaml:12:5 conditions.all.1.gte: Invalid input" */
export function formatIssue(i: PolicyIssue): string {
  const at = i.line ? `:${i.line}:${i.col}` : '';
  return `${i.file}${at} ${i.path || '(file)'}: ${i.message}`;
}

interface Parsed<T> {
  file: string;
  data: T;
  doc: Document;
  lines: LineCounter;
}

class Reader {
  issues: PolicyIssue[] = [];
  constructor(readonly root: string) {}

  /** Parses and validates one file; returns undefined (and records why) when it does not validate. */
  read<S extends z.ZodType>(path: string, schema: S): Parsed<z.infer<S>> | undefined {
    const file = relative(process.cwd(), path).split(sep).join('/');
    const lines = new LineCounter();
    // merge: cases reuse a base set of answers with YAML's `<<: *anchor`.
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false, merge: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const pos = lines.linePos(e.pos[0]);
        this.issues.push({ file, path: '', line: pos.line, col: pos.col, message: `YAML: ${e.message.split('\n')[0]}` });
      }
      return undefined;
    }
    // Cases build on each other with merge keys; the default alias budget (100) is too small for that, not for abuse.
    const result = schema.safeParse(doc.toJS({ maxAliasCount: 10_000 }));
    if (!result.success) {
      for (const issue of result.error.issues) this.issues.push({ file, ...locate(doc, lines, issue.path as (string | number)[]), message: issue.message });
      return undefined;
    }
    return { file, data: result.data, doc, lines };
  }
}

/** The line and column of the deepest node on `path` that exists in the document. */
export function locate(doc: Document, lines: LineCounter, path: (string | number)[]): Pick<PolicyIssue, 'path' | 'line' | 'col'> {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const pos = lines.linePos(node.range[0]);
      return { path: path.join('.'), line: pos.line, col: pos.col };
    }
  }
  return { path: path.join('.') };
}

function yamlFiles(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out = out.concat(yamlFiles(p));
    else if (name.endsWith('.yaml')) out.push(p);
  }
  return out;
}

/** Loads and checks the whole policies/ folder; throws PolicyError listing every problem found. */
export function loadPolicies(root: string): Ruleset {
  const r = new Reader(root);
  const header = r.read(join(root, 'ruleset.yaml'), RulesetHeader);
  const sources = r.read(join(root, 'sources.yaml'), SourcesFile);
  const services = r.read(join(root, 'services.yaml'), ServicesFile);
  const materials = yamlFiles(join(root, 'materials')).map((p) => r.read(p, MaterialsFile));
  const definitions = yamlFiles(join(root, 'definitions')).map((p) => r.read(p, DefinitionsFile));
  const facts = yamlFiles(join(root, 'facts')).map((p) => r.read(p, FactsFile));
  const parameters = yamlFiles(join(root, 'parameters')).map((p) => r.read(p, ParametersFile));
  const items = yamlFiles(join(root, 'items')).map((p) => {
    const parsed = r.read(p, Item);
    const expected = `${basename(p, '.yaml')}`;
    const area = basename(join(p, '..'));
    if (parsed && parsed.data.id !== expected) r.issues.push({ file: parsed.file, ...locate(parsed.doc, parsed.lines, ['id']), message: `the file stem (${expected}) must equal the id (${parsed.data.id})` });
    if (parsed && parsed.data.area !== area) r.issues.push({ file: parsed.file, ...locate(parsed.doc, parsed.lines, ['area']), message: `an item of area ${parsed.data.area} belongs in items/${parsed.data.area}/` });
    return parsed;
  });
  if (r.issues.length > 0 || !header || !sources || !services) throw new PolicyError(r.issues);

  const ruleset: Ruleset = {
    ...header.data,
    hash: '',
    sources: Object.fromEntries(sources.data.sources.map((s) => [s.id, s])),
    parameters: Object.fromEntries(parameters.flatMap((p) => p!.data.parameters).map((p) => [p.id, p])),
    facts: facts.flatMap((f) => f!.data.facts),
    definitions: Object.fromEntries(definitions.flatMap((d) => d!.data.definitions).map((d) => [d.id, d])),
    materials: Object.fromEntries(materials.flatMap((m) => m!.data.materials).map((m) => [m.id, m.label])),
    items: items.map((i) => i!.data),
    services: services.data.services,
    notCovered: services.data.notCovered,
  };
  const located = {
    header, sources, services,
    materials: materials as Parsed<z.infer<typeof MaterialsFile>>[],
    definitions: definitions as Parsed<z.infer<typeof DefinitionsFile>>[],
    facts: facts as Parsed<z.infer<typeof FactsFile>>[],
    parameters: parameters as Parsed<z.infer<typeof ParametersFile>>[],
    items: items as Parsed<z.infer<typeof Item>>[],
  };
  const refIssues = [...checkReferences(ruleset, located), ...checkServices(ruleset, services), ...checkGates(ruleset, located)];
  if (refIssues.length > 0) throw new PolicyError(refIssues);
  ruleset.hash = contentHash(withoutCases(ruleset));
  return ruleset;
}

/** The ruleset as the app ships it: the cases stay with the tests. */
export function withoutCases(ruleset: Ruleset): Ruleset {
  return { ...ruleset, items: ruleset.items.map(({ cases: _cases, ...item }): RuleItem => item) };
}

/** The first 12 hex digits of the SHA-256 of the rules (hash field blanked), stable across machines. */
export function contentHash(ruleset: Ruleset): string {
  return createHash('sha256').update(JSON.stringify({ ...ruleset, hash: '' })).digest('hex').slice(0, 12);
}

export type Located = {
  header: Parsed<z.infer<typeof RulesetHeader>>;
  sources: Parsed<z.infer<typeof SourcesFile>>;
  services: Parsed<z.infer<typeof ServicesFile>>;
  materials: Parsed<z.infer<typeof MaterialsFile>>[];
  definitions: Parsed<z.infer<typeof DefinitionsFile>>[];
  facts: Parsed<z.infer<typeof FactsFile>>[];
  parameters: Parsed<z.infer<typeof ParametersFile>>[];
  items: Parsed<z.infer<typeof Item>>[];
};
export type { Parsed };
