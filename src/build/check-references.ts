/**
 * Cross-file checks zod cannot make on one file: every id an item names exists, each comparison suits its
 * fact's type, every amount has a source, and every case's answers are valid answers.
 */
import type { Amount, Condition, FactT } from '../engine/schema.ts';
import type { Ruleset } from '../engine/types.ts';
import { checkAnswer } from '../engine/answers.ts';
import { checkItemTime } from './check-time.ts';
import { ownValue } from '../engine/own-keys.ts';
import { shortCode } from '../handoff/share-link.ts';
import { type Located, type Parsed, type PolicyIssue, locate } from './load-policies.ts';

type Path = (string | number)[];
type Report = (path: Path, message: string) => void;

const NUMERIC = ['lt', 'lte', 'gt', 'gte'] as const;
const DATE_OPS = ['within', 'atLeastAgo', 'onOrBefore', 'onOrAfter'] as const;

/** Every cross-reference problem, located in its file. */
export function checkReferences(rs: Ruleset, files: Located): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const reporter = (p: Parsed<unknown>, prefix: Path): Report => (path, message) =>
    issues.push({ file: p.file, ...locate(p.doc, p.lines, [...prefix, ...path]), message });
  const facts = new Map<string, FactT>();

  const seen = new Map<string, string>();
  const unique = (kind: string, id: string, file: string, report: Report, path: Path) => {
    const key = `${kind}:${id}`;
    if (seen.has(key)) report(path, `${kind} ${id} is defined twice (also in ${seen.get(key)})`);
    else seen.set(key, file);
    // Hand-off links name facts and items by a 4-character code of their id: two ids must not share one.
    if (kind !== 'fact' && kind !== 'item') return;
    const code = `${kind}-code:${shortCode(id)}`;
    const other = seen.get(code);
    if (other !== undefined && other !== id) report(path, `${kind} ${id} has the same hand-off link code as ${other}: rename one of them`);
    else seen.set(code, id);
  };

  for (const f of files.facts) {
    f.data.facts.forEach((fact, i) => {
      const report = reporter(f, ['facts', i]);
      unique('fact', fact.id, f.file, report, ['id']);
      facts.set(fact.id, fact);
      const needsOptions = fact.type === 'choice' || fact.type === 'multi';
      if (needsOptions !== !!fact.options) report(['options'], needsOptions ? `a ${fact.type} fact needs options` : `only choice and multi facts have options`);
      if (fact.type === 'number' && fact.min === undefined) report(['min'], 'a number fact needs a min (amounts are computed from its bounds)');
      if (fact.grows && fact.type !== 'number') report(['grows'], 'only a number fact (a count of months) grows');
      for (const end of ['min', 'max'] as const) {
        const param = fact.sourcedBounds?.[end].param;
        if (param !== undefined && !Object.hasOwn(rs.parameters, param)) report(['sourcedBounds', end, 'param'], `unknown parameter ${param}`);
      }
      if (fact.sourcedBounds && fact.type !== 'number') report(['sourcedBounds'], 'only a number fact has sourced bounds');
    });
  }
  for (const p of files.parameters) {
    p.data.parameters.forEach((param, i) => {
      const report = reporter(p, ['parameters', i]);
      unique('parameter', param.id, p.file, report, ['id']);
      const by = param.by === undefined ? undefined : facts.get(param.by);
      if (param.by !== undefined && by?.type !== 'choice') report(['by'], `by must name a choice fact (${param.by} is ${by ? `a ${by.type} fact` : 'unknown'})`);
      const options = new Set(by?.options?.map((o) => o.value));
      param.values.forEach((v, j) => {
        const prev = param.values[j - 1];
        const overlaps = (a?: string[], b?: string[]) => !a || !b || a.some((x) => b.includes(x));
        if (prev && (v.from < prev.from || (v.from === prev.from && overlaps(v.where, prev.where)))) report(['values', j, 'from'], 'values must be in date order, one per date and place');
        if (v.where && !by) report(['values', j, 'where'], 'where needs the parameter to name its `by` fact');
        v.where?.forEach((w, k) => by && !options.has(w) && report(['values', j, 'where', k], `${w} is not an option of ${param.by}`));
        v.sources.forEach((s, k) => Object.hasOwn(rs.sources, s) || report(['values', j, 'sources', k], `unknown source ${s}`));
      });
    });
  }

  const ctx = { rs, facts };
  for (const f of files.materials) {
    f.data.materials.forEach((m, i) => unique('material', m.id, f.file, reporter(f, ['materials', i]), ['id']));
  }
  for (const f of files.definitions) {
    f.data.definitions.forEach((d, i) => {
      const report = reporter(f, ['definitions', i]);
      unique('definition', d.id, f.file, report, ['id']);
      checkCitation(rs, d.cite, ['cite'], report);
      checkCondition(ctx, d.condition, ['condition'], report, undefined);
    });
  }
  if (files.definitions[0]) checkDefinitionCycles(rs, reporter(files.definitions[0], ['definitions']));
  files.header.data.documents.forEach((c, i) => checkCitation(rs, c, ['documents', i], reporter(files.header, [])));

  checkAudiences(rs, reporter(files.header, []));
  const channels = new Set(rs.channels.map((c) => c.id));
  const itemIds = new Set(rs.items.map((i) => i.id));
  const stackingRules = new Map<string, string>();
  for (const file of files.items) {
    const item = file.data;
    const report = reporter(file, []);
    unique('item', item.id, file.file, report, ['id']);
    if (item.cases.length < MIN_CASES) report(['cases'], `an item needs at least ${MIN_CASES} cases (it has ${item.cases.length}): cover each condition's pass and fail and every boundary`);
    item.citations.forEach((c, i) => checkCitation(rs, c, ['citations', i], report));
    checkCondition(ctx, item.conditions, ['conditions'], report, item.applicant);
    checkItemTime(rs, facts, item, report);
    if (item.amount) {
      checkAmount(ctx, item.amount.rule, ['amount', 'rule'], report, item.applicant);
      item.amount.sources.forEach((s, i) => Object.hasOwn(rs.sources, s) || report(['amount', 'sources', i], `unknown source ${s}`));
    }
    item.exclusions?.forEach((x, i) => {
      checkCitation(rs, x.cite, ['exclusions', i, 'cite'], report);
      x.items.forEach((id, j) => {
        if (!itemIds.has(id)) report(['exclusions', i, 'items', j], `unknown item ${id}`);
        if (id === item.id) report(['exclusions', i, 'items', j], 'an item cannot exclude itself');
      });
      // A rule holds for every item it names, so written on two of them it would be shown and applied twice.
      const key = [x.rule, x.limit?.zh, ...[item.id, ...x.items].sort()].join('|');
      const first = stackingRules.get(key);
      if (first) report(['exclusions', i], `this ${x.rule} rule is already written on ${first}; write it once, on one of the items`);
      else stackingRules.set(key, item.id);
    });
    item.materials.forEach((m, i) => Object.hasOwn(rs.materials, m) || report(['materials', i], `unknown material ${m} (add it to a file in materials/)`));
    item.office.channels.forEach((c, i) => channels.has(c) || report(['office', 'channels', i], `unknown channel ${c} (see ruleset.yaml)`));
    item.cases.forEach((c, i) => {
      for (const [id, v] of Object.entries(c.facts)) {
        const fact = facts.get(id);
        if (!fact) report(['cases', i, 'facts', id], `unknown fact ${id}`);
        else if (v !== null) {
          const m = checkAnswer(fact, v);
          if (m) report(['cases', i, 'facts', id], `invalid answer: ${m.en ?? m.zh}`);
        }
      }
      c.expect.missing?.forEach((id, j) => facts.has(id) || report(['cases', i, 'expect', 'missing', j], `unknown fact ${id}`));
    });
  }
  return issues;
}

function checkCitation(rs: Ruleset, c: { source: string }, path: Path, report: Report) {
  if (!Object.hasOwn(rs.sources, c.source)) report([...path, 'source'], `unknown source ${c.source} (add it to sources.yaml)`);
}

interface Ctx {
  rs: Ruleset;
  facts: Map<string, FactT>;
}

/** Audiences name existing items whose applicant fits, and together reach every item. */
function checkAudiences(rs: Ruleset, report: Report): void {
  if (!rs.audiences) return;
  const items = new Map(rs.items.map((i) => [i.id, i]));
  const reached = new Set<string>();
  rs.audiences.forEach((a, i) => {
    a.items.forEach((id, j) => {
      const item = items.get(id);
      if (!item) return report(['audiences', i, 'items', j], `unknown item ${id}`);
      if (item.applicant !== 'both' && item.applicant !== a.applicant) report(['audiences', i, 'items', j], `${id} is for a ${item.applicant}, but audience ${a.id} is a ${a.applicant}`);
      reached.add(id);
    });
  });
  for (const id of items.keys()) if (!reached.has(id)) report(['audiences'], `item ${id} is in no audience, so no one would be asked about it`);
}

/** Fewer cases cannot cover a pass, a fail and a boundary of the usual item. */
const MIN_CASES = 5;

function checkFactRef(ctx: Ctx, id: string, path: Path, report: Report, applicant: string | undefined): FactT | undefined {
  const fact = ctx.facts.get(id);
  if (!fact) report(path, `unknown fact ${id}`);
  else if (applicant && applicant !== 'both' && fact.applicant !== applicant) report(path, `fact ${id} is asked of a ${fact.applicant}, but this item's applicant is a ${applicant}`);
  return fact;
}

function checkCondition(ctx: Ctx, c: Condition, path: Path, report: Report, applicant: string | undefined): void {
  if (c.cite) checkCitation(ctx.rs, c.cite, [...path, 'cite'], report);
  const group = c.all ?? c.any;
  if (group) return group.forEach((child, i) => checkCondition(ctx, child, [...path, c.all ? 'all' : 'any', i], report, applicant));
  if (c.not) return checkCondition(ctx, c.not, [...path, 'not'], report, applicant);
  if (c.ref) {
    const def = ownValue(ctx.rs.definitions, c.ref);
    if (!def) report([...path, 'ref'], `unknown definition ${c.ref} (see definitions/)`);
    else if (applicant) checkCondition(ctx, def.condition, path, report, applicant);
    return;
  }
  if (c.evaluationDate || c.askingAs) return;
  const key = c.fact !== undefined ? 'fact' : 'age';
  const fact = checkFactRef(ctx, (c.fact ?? c.age)!, [...path, key], report, applicant);
  if (!fact) return;
  const op = [...NUMERIC, ...DATE_OPS, 'eq', 'ne', 'in', 'notIn', 'includes', 'includesAny'].find((k) => c[k as keyof Condition] !== undefined)!;
  const operand = c[op as keyof Condition];
  const bad = (m: string) => report([...path, op], m);
  const type = key === 'age' ? 'age' : fact.type;
  const options = new Set(fact.options?.map((o) => o.value));
  const checkOptions = (vals: string[]) => vals.forEach((v) => options.has(v) || bad(`${v} is not an option of ${fact.id}`));
  if (operand && typeof operand === 'object' && !Array.isArray(operand)) {
    if ('param' in operand) checkParamRef(ctx, operand.param as string, [...path, op, 'param'], report, applicant);
    if ('fact' in operand) checkFactRef(ctx, operand.fact as string, [...path, op, 'fact'], report, applicant);
  }
  if (type === 'age' && key === 'age' && fact.type !== 'date') bad('age needs a date fact');
  switch (type) {
    case 'boolean':
      if (!((op === 'eq' || op === 'ne') && typeof operand === 'boolean')) bad('a yes/no fact takes eq or ne with true or false');
      break;
    case 'number':
    case 'age':
      if (!([...NUMERIC, 'eq', 'ne'] as string[]).includes(op) || typeof operand === 'string' || typeof operand === 'boolean') bad(`a ${type} comparison takes eq, ne, lt, lte, gt or gte with a number, a parameter or a fact`);
      break;
    case 'date':
      if (!(DATE_OPS as readonly string[]).includes(op)) bad('a date fact takes within, atLeastAgo, onOrBefore or onOrAfter');
      break;
    case 'choice':
      if (op === 'eq' || op === 'ne') checkOptions([operand as string]);
      else if (op === 'in' || op === 'notIn') checkOptions(operand as string[]);
      else bad('a choice fact takes eq, ne, in or notIn');
      break;
    case 'multi':
      if (op === 'includes') checkOptions([operand as string]);
      else if (op === 'includesAny') checkOptions(operand as string[]);
      else bad('a multi fact takes includes or includesAny');
      break;
  }
}

/** A parameter exists and, if it varies by place, its place question is one this applicant can be asked. */
function checkParamRef(ctx: Ctx, id: string, path: Path, report: Report, applicant: string | undefined): void {
  const p = ownValue(ctx.rs.parameters, id);
  if (!p) return report(path, `unknown parameter ${id}`);
  if (p.by) checkFactRef(ctx, p.by, path, report, applicant);
}

function checkAmount(ctx: Ctx, a: Amount, path: Path, report: Report, applicant: string): void {
  const sub = (x: Amount, p: Path) => checkAmount(ctx, x, [...path, ...p], report, applicant);
  if (a.param !== undefined) checkParamRef(ctx, a.param, [...path, 'param'], report, applicant);
  if (a.fact !== undefined) {
    const f = checkFactRef(ctx, a.fact, [...path, 'fact'], report, applicant);
    if (f && f.type !== 'number') report([...path, 'fact'], `an amount can only use a number fact; ${a.fact} is ${f.type}`);
  }
  if (a.of) sub(a.of, ['of']);
  for (const k of ['times', 'divide', 'sum', 'min', 'max'] as const) a[k]?.forEach((x, i) => sub(x, [k, i]));
  if (a.steps) sub(a.steps.count, ['steps', 'count']);
  if (a.lookup) {
    const f = checkFactRef(ctx, a.lookup.fact, [...path, 'lookup', 'fact'], report, applicant);
    const keys = Object.keys(a.lookup.table).sort().join(',');
    if (f && (f.type !== 'choice' || f.options!.map((o) => o.value).sort().join(',') !== keys)) report([...path, 'lookup', 'table'], `a lookup table needs one figure for each option of the choice fact ${a.lookup.fact}`);
  }
  if (a.brackets) {
    sub(a.brackets.of, ['brackets', 'of']);
    a.brackets.table.forEach((row, i) => sub(row.amount, ['brackets', 'table', i, 'amount']));
  }
  a.switch?.forEach((b, i) => {
    checkCondition(ctx, b.when, [...path, 'switch', i, 'when'], report, applicant);
    sub(b.then, ['switch', i, 'then']);
  });
  if (a.else) sub(a.else, ['else']);
  if (a.cap) sub(a.cap, ['cap']);
  if (a.atLeast) sub(a.atLeast, ['atLeast']);
}

function checkDefinitionCycles(rs: Ruleset, report: Report): void {
  const refs = (c: Condition): string[] => [
    ...(c.ref ? [c.ref] : []),
    ...(c.all ?? c.any ?? []).flatMap(refs),
    ...(c.not ? refs(c.not) : []),
  ];
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    const def = ownValue(rs.definitions, id);
    if (done.has(id) || !def) return;
    if (visiting.has(id)) return report([], `definitions refer to each other in a cycle: ${[...trail, id].join(' → ')}`);
    visiting.add(id);
    for (const r of refs(def.condition)) visit(r, [...trail, id]);
    visiting.delete(id);
    done.add(id);
  };
  Object.keys(rs.definitions).forEach((id) => visit(id, []));
}
