/** The policy authors' CLI: help, `check` and `test` against the real policies and broken copies. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadPolicies } from '../../src/build/load-policies.ts';
import { captureIo } from '../../src/cli/io.ts';
import { USAGE, run } from '../../src/cli/run.ts';
import { STACK_LINE, brokenCopy, editPolicy } from '../fixtures/policy-copy.ts';

const ruleset = loadPolicies('policies');

async function cli(...argv: string[]) {
  const io = captureIo(process.cwd());
  const code = await run(argv, io);
  return { code, out: io.out(), err: io.err() };
}


describe('rules help', () => {
  it.each([[[]], [['help']], [['--help']]])('%j prints the usage and exits 0', async (argv) => {
    const r = await cli(...argv);
    expect(r).toEqual({ code: 0, out: USAGE, err: '' });
    for (const command of ['check', 'test', 'eval', 'schema', 'help']) expect(USAGE).toContain(`  ${command}`);
  });

  it('an unknown command prints the usage on stderr and exits 2', async () => {
    const r = await cli('frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "frobnicate"');
    expect(r.err).toContain(USAGE);
  });

  it('an unknown option or a stray argument exits 2', async () => {
    expect(await cli('check', '--verbose')).toMatchObject({ code: 2, err: expect.stringContaining("'--verbose'") });
    expect(await cli('test', 'extra')).toMatchObject({ code: 2, err: expect.stringContaining('unexpected argument "extra"') });
  });

  it('an unexpected error becomes one line and exit 1, without a stack trace', async () => {
    const io = captureIo(process.cwd());
    io.stdout = () => { throw new TypeError('disk full\nmore detail'); };
    expect(await run(['check'], io)).toBe(1);
    expect(io.err()).toBe('rules: unexpected error: TypeError: disk full\n');
  });

  it('a --policies folder that is not one exits 2 and says so', async () => {
    const r = await cli('check', '--policies', 'no-such-folder');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no-such-folder is not a policies folder/);
  });
});

describe('rules check', () => {
  it('prints one row per item, the amounts and the totals, and exits 0', async () => {
    const r = await cli('check');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const rows = r.out.split('\n');
    expect(rows.some((l) => /^id +applicant +conditions +amount +materials +office +confidence$/.test(l))).toBe(true);
    for (const item of ruleset.items) {
      const row = rows.find((l) => l.startsWith(`${item.id} `));
      expect(row, item.id).toBeDefined();
      expect(row).toContain(item.applicant);
      expect(row!.trimEnd().endsWith(item.confidence)).toBe(true);
    }
    const cases = ruleset.items.reduce((n, i) => n + (i.cases?.length ?? 0), 0);
    expect(r.out).toContain(`Totals: ${ruleset.items.length} items, ${ruleset.facts.length} facts, ${Object.keys(ruleset.parameters).length} parameters, ${Object.keys(ruleset.sources).length} sources, ${cases} cases`);
  });

  it('shows the leaf count, the amount kind, materials and office of known items', async () => {
    const { out } = await cli('check');
    const row = (id: string) => out.split('\n').find((l) => l.startsWith(`${id} `))!.split(/ {2,}/);
    expect(row('graduate-employment-subsidy')).toEqual(['graduate-employment-subsidy', 'person', '8', 'formula', '3', '✓', 'inferred']); // the wage line deciding eligibility is inferred (issue 12); the 2-year test is anchored to the hire date (two leaves, no "approved before?")
    expect(row('hard-to-employ-recognition')).toEqual(['hard-to-employ-recognition', 'person', '12', 'none (status)', '—', '✓', 'official']);
    expect(row('startup-one-time-subsidy')).toEqual(['startup-one-time-subsidy', 'person', '4', 'notStated', '1', '✓', 'unknown']);
    expect(row('employer-hire-hard-to-employ')[5]).toBe('—');
    expect(out).toContain('graduate-employment-subsidy (total): 2000 × min(floor(fact:months-insured-current-employer / 12), 3)');
    // A figure with periods prints them (issue 12).
    expect(out).toContain("startup-job-creation-subsidy (per-year, at most 3 periods): (brackets of fact:startup-qualifying-hires (from 0 → 0; from 3 → min(2000 + ((fact:startup-qualifying-hires − 3) × 1000), 20000))) [until 2023-01-31 (Hangzhou's rule before 2023; S22; secondary); from 2023-02-01 (");
    expect(out).toContain('job-search-startup-subsidy: yearly 08-15..09-15 in year(fact:graduation-date) - 1');
    expect(out).toContain('internship-base-subsidies: × fact:internship-months × fact:intern-count');
  });

  it('invalid policies: prints file:line:col path: reason on stderr, exits 1, no stack trace', async () => {
    const dir = brokenCopy();
    const line = editPolicy(dir, 'items/graduates/graduate-employment-subsidy.yaml', 'part: 3', 'part: three');
    const r = await cli('check', '--policies', dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^1 problem in the policy files:\n/);
    expect(r.err).toMatch(new RegExp(`items/graduates/graduate-employment-subsidy\\.yaml:${line}:7 part: Invalid input: expected number, received string`));
    expect(r.err).not.toMatch(STACK_LINE);
  });

  it('an amount without a source fails, naming the item', async () => {
    const dir = brokenCopy();
    editPolicy(dir, 'items/graduates/job-search-startup-subsidy.yaml', 'sources: [S15, P14]', 'sources: []');
    const r = await cli('check', '--policies', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/job-search-startup-subsidy\.yaml:\d+:\d+ amount\.sources: an amount needs at least one source/);
  });
});

describe('rules test', () => {
  it('passes every case of the real policies', async () => {
    const r = await cli('test');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    const total = ruleset.items.reduce((n, i) => n + (i.cases?.length ?? 0), 0);
    expect(lines.at(-1)).toBe(`${total} passed, 0 failed`);
    for (const item of ruleset.items) expect(lines).toContain(`✓ ${item.id} (${item.cases!.length} cases)`);
  });

  it('names a failing case and its problem, and exits 1', async () => {
    const dir = brokenCopy();
    // The item now pays 2,500 where its cases expect 2,000.
    editPolicy(dir, 'items/graduates/graduate-employment-subsidy.yaml', 'each: 2000', 'each: 2500');
    const r = await cli('test', '--policies', dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^✗ graduate-employment-subsidy \(items\/graduates\/graduate-employment-subsidy\.yaml: \d+ of 20 cases failed\)$/m);
    expect(r.out).toContain('    ✗ 毕业一年、在杭州小企业连续参保满12个月、缴费基数6000元，第一段申请期内可得2000元\n        amount: expected 2000, got 2500');
    expect(r.out).toMatch(/^✓ job-search-startup-subsidy \(12 cases\)$/m);
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^\d+ passed, [1-9]\d* failed$/);
  });
});

describe('the npm entry (src/cli/rules.ts)', () => {
  const entry = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/rules.ts', ...args], { encoding: 'utf8' });

  it('passes the exit code through: 0 for help, 2 for a bad answers file, without a stack trace', () => {
    expect(entry('help')).toMatchObject({ status: 0, stdout: USAGE });
    const bad = entry('eval', 'test/fixtures/answers/no-such-file.json');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no-such-file.json');
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });
});
