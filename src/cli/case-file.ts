/**
 * `rules test --case FILE`: runs a case file that the app's "这个结果不对？" exported from a counter, against the current
 * rules. A case whose expected result is filled in passes or fails like an item's own case; one still blank says what
 * the current rules give and whether that differs from what the app gave at the counter.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { compareToExpected, describeAmount, runCaseResult } from '../build/run-cases.ts';
import { CaseFile } from '../engine/schema.ts';
import type { Ruleset } from '../engine/types.ts';
import { EXIT, type Io, inputError, shownPath } from './io.ts';

/** Reads, checks and runs the file; exit 1 when a filled-in case fails, 2 when the file is not a case file. */
export function runCaseFile(ruleset: Ruleset, path: string, io: Io): number {
  const file = resolve(io.cwd, path);
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw inputError(`rules test --case: cannot read ${shownPath(io.cwd, file)}: ${(e as Error).message.split('\n')[0]}`);
  }
  const read = CaseFile.safeParse(data);
  if (!read.success) {
    const first = read.error.issues[0]!;
    throw inputError(`rules test --case: ${shownPath(io.cwd, file)} is not a case file: at ${first.path.join('.') || '(file)'}: ${first.message}`);
  }
  const { item, rules, cases } = read.data;
  if (!ruleset.items.some((i) => i.id === item)) throw inputError(`rules test --case: no item ${item} in these rules`);
  const lines = [`${item} — ${cases.length} case(s) from ${shownPath(io.cwd, file)}`];
  if (rules && (rules.version !== ruleset.version || rules.hash !== ruleset.hash)) {
    lines.push(`  reported under rules ${rules.version} (${rules.hash}); these are ${ruleset.version} (${ruleset.hash})`);
  }
  let passed = 0;
  let failed = 0;
  let open = 0;
  for (const c of cases) {
    const r = runCaseResult(ruleset, item, c);
    const now = `${r.status}, ${describeAmount(r.amount)}`;
    if (c.expect.status === null) {
      open++;
      const gave = c.gave ? `${c.gave.status}${c.gave.amount === undefined ? '' : `, ${JSON.stringify(c.gave.amount)}`}` : 'not recorded';
      const same = c.gave ? compareToExpected(r, { ...c.gave, status: c.gave.status }).length === 0 : false;
      lines.push(`  ? ${c.name}`, `      these rules give: ${now}`, `      the app gave:     ${gave}${c.gave ? (same ? '  (same)' : '  (differs)') : ''}`);
      lines.push('      no expected result yet: fill in expect (status, amount) and comment');
      if (c.comment) lines.push(`      comment: ${c.comment}`);
      continue;
    }
    const problems = compareToExpected(r, { ...c.expect, status: c.expect.status });
    if (problems.length === 0) {
      passed++;
      lines.push(`  ✓ ${c.name}`);
    } else {
      failed++;
      lines.push(`  ✗ ${c.name}`, ...problems.map((p) => `      ${p}`));
    }
  }
  lines.push('', `${passed} passed, ${failed} failed${open ? ` (${open} without an expected result yet)` : ''}`, '');
  io.stdout(lines.join('\n'));
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
