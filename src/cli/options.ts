/** Parses one command's arguments with node:util's parseArgs, turning its errors into usage errors (exit 2). */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { loadPolicies } from '../build/load-policies.ts';
import type { Ruleset } from '../engine/types.ts';
import { type Io, inputError, shownPath } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** `--policies DIR` is accepted by every command that reads the policy files. */
export const POLICIES_OPTION = { policies: { type: 'string' } } as const satisfies Options;

/** Parses `args` for `command`; an unknown option, a missing value or an unexpected argument is a usage error. */
export function parseCommand<O extends Options>(command: string, args: string[], options: O, maxPositionals = 0) {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw inputError(`rules ${command}: ${(e as Error).message.split('\n')[0]} (see: npm run rules -- help)`);
  }
  if (parsed.positionals.length > maxPositionals) {
    const extra = parsed.positionals.slice(maxPositionals).map((p) => JSON.stringify(p)).join(', ');
    throw inputError(`rules ${command}: unexpected argument ${extra} (see: npm run rules -- help)`);
  }
  return parsed;
}

/** The policies folder: `--policies DIR`, else `policies/` under the working folder. */
export function policiesDir(io: Io, option: string | undefined): string {
  return resolve(io.cwd, option ?? 'policies');
}

/** Loads and checks the policy files; a PolicyError goes up to `run`, which prints its issues and exits 1. */
export function loadRuleset(io: Io, option: string | undefined): Ruleset {
  const dir = policiesDir(io, option);
  if (!existsSync(join(dir, 'ruleset.yaml'))) throw inputError(`rules: ${shownPath(io.cwd, dir)} is not a policies folder (it has no ruleset.yaml); use --policies DIR.`);
  return loadPolicies(dir);
}
