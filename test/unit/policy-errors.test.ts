/**
 * Broken copies of the real policies: the loader (and the build plugin) must reject each one, naming the file,
 * the line, the path inside the file and the reason, so a policy author can fix it without reading code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyError, type PolicyIssue, formatIssue, loadPolicies } from '../../src/build/load-policies.ts';
import { rulesetPlugin } from '../../src/build/vite-ruleset-plugin.ts';
import { brokenCopy, editPolicy, lineOf, renamePolicy } from '../fixtures/policy-copy.ts';

const GRADUATE = 'items/graduates/graduate-employment-subsidy.yaml';
const JOB_SEARCH = 'items/graduates/job-search-startup-subsidy.yaml';


/** The issues loadPolicies reports for the folder; fails the test if it loads. */
function issuesOf(dir: string): PolicyIssue[] {
  try {
    loadPolicies(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    const issues = (e as PolicyError).issues;
    // The message lists every issue in the "file:line:col path: reason" form.
    for (const i of issues) expect((e as PolicyError).message).toContain(formatIssue(i));
    return issues;
  }
  throw new Error('the broken policies loaded without an error');
}

/** Finds the one issue in `file` (a path ending) and returns it. */
function issueIn(issues: PolicyIssue[], file: string): PolicyIssue {
  const found = issues.filter((i) => i.file.endsWith(`policies/${file}`));
  expect(found, issues.map(formatIssue).join('\n')).toHaveLength(1);
  return found[0]!;
}

describe('policy errors name the file, the line, the path and the reason', () => {
  it('the real policies load', () => {
    expect(loadPolicies('policies').items.length).toBeGreaterThan(0);
  });

  it('a YAML syntax error', () => {
    const dir = brokenCopy();
    const line = editPolicy(dir, GRADUATE, 'kind: benefit', 'kind: benefit: oops');
    const issue = issueIn(issuesOf(dir), GRADUATE);
    expect(issue).toMatchObject({ line, path: '' });
    expect(issue.col).toBeGreaterThan(0);
    expect(issue.message).toMatch(/^YAML: .*nested mappings/i);
  });

  it('a string where a number is due (part)', () => {
    const dir = brokenCopy();
    const line = editPolicy(dir, GRADUATE, 'part: 3', 'part: three');
    expect(issueIn(issuesOf(dir), GRADUATE)).toMatchObject({ line, col: 7, path: 'part', message: expect.stringMatching(/expected number, received string/) });
  });

  it('a string where a number is due (a comparison operand)', () => {
    const dir = brokenCopy();
    const line = editPolicy(dir, GRADUATE, 'lte: 1000', 'lte: a thousand');
    const issue = issueIn(issuesOf(dir), GRADUATE);
    expect(issue).toMatchObject({ line, path: 'conditions.all.4.lte' });
    expect(issue.message).toBe('expected a number, { param: <id> } or { fact: <id> }');
  });

  it('an unknown fact in a condition', () => {
    const dir = brokenCopy();
    const line = editPolicy(dir, GRADUATE, 'fact: employer-in-hangzhou', 'fact: employer-in-hangzhuo');
    expect(issueIn(issuesOf(dir), GRADUATE)).toMatchObject({ line, path: 'conditions.all.3.fact', message: 'unknown fact employer-in-hangzhuo' });
  });

  it('an item file whose stem differs from its id', () => {
    const dir = brokenCopy();
    renamePolicy(dir, GRADUATE, 'items/graduates/graduate-subsidy.yaml');
    const issue = issueIn(issuesOf(dir), 'items/graduates/graduate-subsidy.yaml');
    expect(issue).toMatchObject({ line: lineOf(dir, 'items/graduates/graduate-subsidy.yaml', 'id: graduate-employment-subsidy'), path: 'id' });
    expect(issue.message).toMatch(/file stem \(graduate-subsidy\) must equal the id \(graduate-employment-subsidy\)/);
  });

  it('an amount with an empty sources list and a fixed figure', () => {
    const dir = brokenCopy();
    const line = editPolicy(dir, JOB_SEARCH, /sources: \[S15, P14\]/, 'sources: []');
    expect(issueIn(issuesOf(dir), JOB_SEARCH)).toMatchObject({ line, path: 'amount.sources', message: 'an amount needs at least one source' });
  });

  it('a condition with two operators', () => {
    const dir = brokenCopy();
    editPolicy(dir, GRADUATE, 'lte: 1000', 'lte: 1000\n      gte: 1');
    const issue = issueIn(issuesOf(dir), GRADUATE);
    // The issue sits on the condition itself, whose first key is its label.
    expect(issue).toMatchObject({ line: lineOf(dir, GRADUATE, 'label: { zh: 企业职工人数在1000人以下'), path: 'conditions.all.4' });
    expect(issue.message).toMatch(/exactly one of .*; found lte, gte/);
  });

  it('an item with fewer than five cases', () => {
    const dir = brokenCopy();
    const file = 'items/startup/startup-one-time-subsidy.yaml';
    const text = readFileSync(join(dir, file), 'utf8');
    // Keep the first four cases only.
    const starts = [...text.matchAll(/^  - name: /gm)].map((m) => m.index!);
    writeFileSync(join(dir, file), text.slice(0, starts[4]));
    expect(issueIn(issuesOf(dir), file)).toMatchObject({ path: 'cases', message: expect.stringMatching(/at least 5 cases \(it has 4\)/) });
  });

  it('a place-dependent value in a parameter that names no place question, and a place that is no option', () => {
    const dir = brokenCopy();
    const file = 'parameters/minimum-wage.yaml';
    editPolicy(dir, file, 'by: org-district', 'by: org-registered-in-hangzhou');
    const issues = issuesOf(dir).filter((i) => i.file.endsWith(file));
    expect(issues.map((i) => i.message)).toContain('by must name a choice fact (org-registered-in-hangzhou is a boolean fact)');
    const dir2 = brokenCopy();
    const line = editPolicy(dir2, file, 'where: [jiande]', 'where: [hangzhou]');
    expect(issueIn(issuesOf(dir2), file)).toMatchObject({ line, path: 'parameters.0.values.1.where.0', message: 'hangzhou is not an option of org-district' });
  });

  it('an item that no audience lists, so no one would be asked about it', () => {
    const dir = brokenCopy();
    editPolicy(dir, 'ruleset.yaml', '    items: [hr-service-agency-subsidy]', '    items: [quality-employment-community-award]');
    expect(issueIn(issuesOf(dir), 'ruleset.yaml')).toMatchObject({ path: 'audiences', message: 'item hr-service-agency-subsidy is in no audience, so no one would be asked about it' });
  });

  it('a stacking rule written on both of its items', () => {
    const dir = brokenCopy();
    editPolicy(dir, GRADUATE, 'exclusions:\n', 'exclusions:\n  - items: [graduate-priority-sector-employment]\n    rule: not-combinable\n    cite: { source: S7, quote: x }\n');
    // Files load in path order, so the rule is reported where it is written the second time.
    const file = 'items/graduates/graduate-priority-sector-employment.yaml';
    expect(issueIn(issuesOf(dir), file)).toMatchObject({
      line: lineOf(dir, file, '  - items: [graduate-employment-subsidy]'),
      path: 'exclusions.0',
      message: 'this not-combinable rule is already written on graduate-employment-subsidy; write it once, on one of the items',
    });
  });

  it('reports problems in several files at once', () => {
    const dir = brokenCopy();
    editPolicy(dir, GRADUATE, 'part: 3', 'part: three');
    editPolicy(dir, JOB_SEARCH, 'kind: benefit', 'kind: maybe');
    const issues = issuesOf(dir);
    issueIn(issues, GRADUATE);
    expect(issueIn(issues, JOB_SEARCH).path).toBe('kind');
  });
});

describe('the vite plugin', () => {
  type Load = (this: { error: (m: string) => never }, id: string) => unknown;
  const loadHook = (dir: string): Load => rulesetPlugin(dir).load as unknown as Load;
  const context = { error: (m: string): never => { throw new Error(m); } };

  it('compiles the real policies into the virtual module', () => {
    const code = loadHook('policies').call(context, '\0virtual:ruleset');
    // Its audiences are the first screen's objects (virtual:ruleset-shell), so a text pack filled into one is in both.
    expect(code).toMatch(/^import shell from "virtual:ruleset-shell";\nconst core = JSON\.parse\(/);
    expect(code).toContain('core.audiences = shell.audiences;');
    // The app ships without the cases.
    expect(String(code)).not.toContain('"cases"');
    const shell = String(loadHook('policies').call(context, '\0virtual:ruleset-shell'));
    expect(shell).toMatch(/^export default JSON\.parse\(/);
    expect(shell).toContain('audiences');
  });

  it('fails the build naming the file, line, path and reason', () => {
    const dir = brokenCopy();
    const line = editPolicy(dir, GRADUATE, 'fact: employer-in-hangzhou', 'fact: employer-in-hangzhuo');
    expect(() => loadHook(dir).call(context, '\0virtual:ruleset')).toThrow(
      new RegExp(`${GRADUATE.replace(/\./g, '\\.')}:${line}:\\d+ conditions\\.all\\.3\\.fact: unknown fact employer-in-hangzhuo`),
    );
  });
});
