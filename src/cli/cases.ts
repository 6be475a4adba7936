/** `rules test`: runs every item's own cases (from its YAML file) and says which fail and why. */
import { type CaseOutcome, runCase } from '../build/run-cases.ts';
import type { Ruleset } from '../engine/types.ts';
import { type Io, EXIT } from './io.ts';
import { POLICIES_OPTION, loadRuleset, parseCommand } from './options.ts';
import { runCaseFile } from './case-file.ts';

/** Runs `rules test [--case FILE] [--policies DIR]`; exits 1 when any case fails. */
export async function testCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommand('test', args, { ...POLICIES_OPTION, case: { type: 'string' } });
  const ruleset = loadRuleset(io, values.policies);
  if (values.case !== undefined) return runCaseFile(ruleset, values.case, io);
  const { text, failed } = casesReport(ruleset);
  io.stdout(text);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

/** Runs one case; an engine error fails that case alone instead of stopping the run. */
function safeRun(rs: Ruleset, item: string, c: Parameters<typeof runCase>[2]): CaseOutcome {
  try {
    return runCase(rs, item, c);
  } catch (e) {
    return { item, name: c.name, problems: [`the engine threw: ${(e as Error).message?.split('\n')[0] ?? String(e)}`] };
  }
}

/** One line per passing item, the failing cases with their problems, and a last line `N passed, M failed`. */
export function casesReport(rs: Ruleset): { text: string; passed: number; failed: number } {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const item of rs.items) {
    const outcomes = (item.cases ?? []).map((c) => safeRun(rs, item.id, c));
    const bad = outcomes.filter((o) => o.problems.length > 0);
    passed += outcomes.length - bad.length;
    failed += bad.length;
    const count = `${outcomes.length} case${outcomes.length === 1 ? '' : 's'}`;
    if (bad.length === 0) {
      lines.push(`✓ ${item.id} (${count})`);
      continue;
    }
    lines.push(`✗ ${item.id} (items/${item.area}/${item.id}.yaml: ${bad.length} of ${count} failed)`);
    for (const o of bad) {
      lines.push(`    ✗ ${o.name}`);
      for (const p of o.problems) lines.push(`        ${p}`);
    }
  }
  lines.push('', `${passed} passed, ${failed} failed`, '');
  return { text: lines.join('\n'), passed, failed };
}
