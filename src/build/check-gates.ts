/**
 * Checks the conversation data on facts (`onlyIf`, `otherwise`, `derivedFrom`): the facts and options exist, the
 * chains end, and a gate never hides a question an item still needs — every item that reads a gated fact (without an
 * `otherwise`) must itself require the gate's answer, so a closed gate settles the item instead of leaving it open.
 */
import type { Condition, FactT } from '../engine/schema.ts';
import type { Ruleset } from '../engine/types.ts';
import type { FactGateT } from '../engine/schema-gates.ts';
import { checkAnswer } from '../engine/answers.ts';
import { passes, tickedSource } from '../engine/gates.ts';
import { ownValue } from '../engine/own-keys.ts';
import type { Located, Parsed, PolicyIssue } from './load-policies.ts';
import { locate } from './load-policies.ts';

type Path = (string | number)[];

/** Every problem with the facts' gates and derivations, located in its file. */
export function checkGates(rs: Ruleset, files: Located): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const at = (p: Parsed<unknown>, path: Path, message: string) => issues.push({ file: p.file, ...locate(p.doc, p.lines, path), message });
  const facts = new Map(rs.facts.map((f) => [f.id, f]));
  for (const file of files.facts) {
    file.data.facts.forEach((f, i) => {
      const report = (path: Path, message: string) => at(file, ['facts', i, ...path], message);
      const from = f.derivedFrom;
      if (from && 'includes' in from) {
        const src = facts.get(from.includes.fact);
        if (f.type !== 'boolean') report(['derivedFrom'], 'only a yes/no fact is derived from a ticked box');
        if (!src || src.type !== 'multi') report(['derivedFrom', 'includes', 'fact'], `${from.includes.fact} is not a multiple-choice fact`);
        else if (!src.options?.some((o) => o.value === from.includes.option)) report(['derivedFrom', 'includes', 'option'], `${src.id} has no option ${from.includes.option}`);
      } else if (from) {
        const src = facts.get(from.sameAs.fact);
        const gate = facts.get(from.sameAs.when.fact);
        if (!src) report(['derivedFrom', 'sameAs', 'fact'], `unknown fact ${from.sameAs.fact}`);
        else if (src.type !== f.type || !copiedValues(src, from.sameAs.when).every((v) => f.options!.some((o) => o.value === v))) {
          report(['derivedFrom', 'sameAs', 'fact'], `${src.id} may give an answer ${f.id} does not take`);
        }
        const problem = gate ? gateProblem(gate, from.sameAs.when) : `unknown fact ${from.sameAs.when.fact}`;
        if (problem) report(['derivedFrom', 'sameAs', 'when'], problem);
        else if (gate!.applicant !== f.applicant) report(['derivedFrom', 'sameAs', 'when'], 'a gate asks the same applicant as the question it opens');
      }
      if (f.onlyIf) {
        const gate = facts.get(f.onlyIf.fact);
        const problem = gate ? gateProblem(gate, f.onlyIf) : `unknown fact ${f.onlyIf.fact}`;
        if (problem) report(['onlyIf'], problem);
        else if (gate!.applicant !== f.applicant) report(['onlyIf'], 'a gate asks the same applicant as the question it opens');
      }
      if (chainLength(facts, f.id) > 8) report([], 'gates go round in a circle (or chain more than 8 deep)');
      if (f.askAfter !== undefined && !facts.has(f.askAfter)) report(['askAfter'], `unknown fact ${f.askAfter}`);
      if (f.otherwise !== undefined && checkAnswer(f, f.otherwise) !== undefined) report(['otherwise'], `otherwise is not a valid answer to ${f.id}`);
    });
  }
  for (const file of files.items) {
    const item = file.data;
    const required = necessary(rs, item.conditions);
    for (const id of readFacts(item)) {
      const f = facts.get(id);
      if (!f?.onlyIf || f.otherwise !== undefined) continue;
      const gate = f.onlyIf;
      const side = required.filter((c) => c.side === undefined || c.side === f.applicant).map((c) => c.leaf);
      if (!side.some((c) => implies(c, gate))) {
        at(file, ['conditions'], `${id} is asked only if ${gate.fact} ${JSON.stringify(gate)}: this item must require that answer too (or give ${id} an otherwise)`);
      }
    }
  }
  return issues;
}

function gateProblem(gate: FactT, g: FactGateT): string | undefined {
  const values = gate.options?.map((o) => o.value) ?? [];
  if (g.eq !== undefined) return typeof g.eq === 'boolean' ? (gate.type === 'boolean' ? undefined : `${gate.id} is not yes/no`) : gate.type === 'choice' && values.includes(g.eq) ? undefined : `${gate.id} has no option ${g.eq}`;
  if (g.in !== undefined) return gate.type === 'choice' && g.in.every((v) => values.includes(v)) ? undefined : `${gate.id} lacks one of ${g.in.join(', ')}`;
  return gate.type === 'multi' && values.includes(g.includes!) ? undefined : `${gate.id} has no option ${g.includes}`;
}

/** The choices a copy can carry over: the source's options, those the gate lets through when it is the gate itself. */
function copiedValues(src: FactT, when: FactGateT): string[] {
  const values = src.options?.map((o) => o.value) ?? [];
  return src.id === when.fact ? values.filter((v) => passes(when, v)) : values;
}

function chainLength(facts: Map<string, FactT>, id: string): number {
  let n = 0;
  for (let f = facts.get(id); f && n <= 8; n++) f = facts.get(f.onlyIf?.fact ?? tickedSource(f) ?? f.askAfter ?? '');
  return n;
}

/** Every fact id an item reads, anywhere in it (conditions, amount, window, totals), cases aside. */
function readFacts(item: object): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'cases') continue;
        if ((k === 'fact' || k === 'age') && typeof x === 'string') out.add(x);
        else walk(x);
      }
    }
  };
  walk(item);
  return out;
}

interface Required { leaf: Condition; side?: 'person' | 'organisation' }

/** The leaves an item cannot be eligible without: `all` children, named definitions, and within an `any` split by
 * `askingAs`, each side's own (a gated person fact needs only the person side to require its gate). */
function necessary(rs: Ruleset, c: Condition, side?: 'person' | 'organisation'): Required[] {
  if (c.all) {
    const asking = c.all.find((x) => x.askingAs)?.askingAs as 'person' | 'organisation' | undefined;
    return c.all.flatMap((x) => necessary(rs, x, asking ?? side));
  }
  if (c.any) return c.any.every((x) => x.all?.some((y) => y.askingAs)) ? c.any.flatMap((x) => necessary(rs, x, side)) : [];
  if (c.ref) {
    const def = ownValue(rs.definitions, c.ref);
    return def ? necessary(rs, def.condition, side) : [];
  }
  return c.fact !== undefined ? [{ leaf: c, side }] : [];
}

/** Whether a required leaf fails whenever the gate's answer is other than the gate asks. */
function implies(c: Condition, g: FactGateT): boolean {
  if (c.fact !== g.fact) return false;
  if (g.eq !== undefined) return c.eq === g.eq || (Array.isArray(c.in) && c.in.length === 1 && c.in[0] === g.eq);
  if (g.in !== undefined) return (typeof c.eq === 'string' && g.in.includes(c.eq)) || (Array.isArray(c.in) && c.in.every((v) => g.in!.includes(v as string)));
  return c.includes === g.includes;
}
