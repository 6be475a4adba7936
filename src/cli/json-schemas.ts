/**
 * `rules schema [--check]`: writes policies/schema/*.json from the zod schemas, so editors (the YAML language
 * server) check policy files as they are typed. The zod schemas stay the single source of truth.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import {
  AmountSchema,
  AnswersDocument,
  ConditionSchema,
  DefinitionsFile,
  FactsFile,
  Item,
  MaterialsFile,
  ParametersFile,
  RulesetHeader,
  ServicesFile,
  SourcesFile,
} from '../engine/schema.ts';
import { type Io, EXIT, shownPath } from './io.ts';
import { POLICIES_OPTION, parseCommand, policiesDir } from './options.ts';

/** Each generated file, the schema it comes from and what it describes. */
export const SCHEMA_FILES: { file: string; schema: z.ZodType; title: string }[] = [
  { file: 'ruleset.schema.json', schema: RulesetHeader, title: 'policies/ruleset.yaml: the ruleset header' },
  { file: 'sources.schema.json', schema: SourcesFile, title: 'policies/sources.yaml: the source documents' },
  { file: 'facts.schema.json', schema: FactsFile, title: 'policies/facts/*.yaml: the questions' },
  { file: 'parameters.schema.json', schema: ParametersFile, title: 'policies/parameters/*.yaml: dated, cited figures' },
  { file: 'definitions.schema.json', schema: DefinitionsFile, title: 'policies/definitions/*.yaml: named shared conditions' },
  { file: 'materials.schema.json', schema: MaterialsFile, title: 'policies/materials/*.yaml: the catalogue of documents to bring' },
  { file: 'services.schema.json', schema: ServicesFile, title: 'policies/services.yaml: supports without an amount, and programmes not covered' },
  { file: 'item.schema.json', schema: Item, title: 'policies/items/<area>/<id>.yaml: one benefit or status' },
  { file: 'answers.schema.json', schema: AnswersDocument, title: 'An answers document (version 1), as read by `rules eval` and written by the app' },
];

const NOTE =
  'Generated from the zod schemas in src/engine/schema*.ts by `npm run rules -- schema`; do not edit. ' +
  'Rules that JSON Schema cannot express (exactly one kind per condition or amount, real calendar dates, ids that must exist) ' +
  'are checked by `npm run rules -- check`.';

/** The text of every schema file, keyed by file name: deterministic, two-space indented, ending in a newline. */
export function generateSchemas(): Map<string, string> {
  // Named definitions for the two recursive schemas (instead of __schema0, __schema1).
  const names = z.registry<{ id?: string }>();
  names.add(ConditionSchema, { id: 'Condition' });
  names.add(AmountSchema, { id: 'Amount' });
  const out = new Map<string, string>();
  for (const { file, schema, title } of SCHEMA_FILES) {
    const json = z.toJSONSchema(schema, {
      // draft-07: the version the YAML language server (VS Code, JetBrains) has supported longest.
      target: 'draft-07',
      // The files are inputs to parsing; the `.refine` / `.superRefine` checks have no JSON Schema form and are left out.
      io: 'input',
      unrepresentable: 'any',
      metadata: names,
    }) as Record<string, unknown>;
    const { $schema, ...rest } = json;
    out.set(file, `${JSON.stringify({ $schema, title, description: NOTE, ...rest }, null, 2)}\n`);
  }
  return out;
}

/** Runs `rules schema [--check] [--policies DIR]`. */
export async function schemaCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommand('schema', args, { ...POLICIES_OPTION, check: { type: 'boolean' } });
  const dir = join(policiesDir(io, values.policies), 'schema');
  const shown = (f: string) => shownPath(io.cwd, join(dir, f));
  const generated = generateSchemas();
  const stale = [...generated].filter(([f, text]) => !existsSync(join(dir, f)) || readFileSync(join(dir, f), 'utf8') !== text).map(([f]) => f);
  if (values.check) {
    if (stale.length === 0) {
      io.stdout(`${generated.size} JSON Schemas in ${shownPath(io.cwd, dir)} are up to date.\n`);
      return EXIT.ok;
    }
    io.stderr(`rules schema --check: out of date or missing: ${stale.map(shown).join(', ')}. Run: npm run rules -- schema\n`);
    return EXIT.failed;
  }
  mkdirSync(dir, { recursive: true });
  for (const [f, text] of generated) {
    if (stale.includes(f)) writeFileSync(join(dir, f), text);
    io.stdout(`${stale.includes(f) ? 'wrote    ' : 'unchanged'} ${shown(f)}\n`);
  }
  return EXIT.ok;
}
