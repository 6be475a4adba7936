/**
 * "这个结果不对？ / This result looks wrong": one item's result written as a case file in the `cases:` format of
 * policies/items/*.yaml — the answers, the date, what the app gave, a blank expected result and a comment to fill in —
 * for the policy authors to run with `npm run rules -- test --case FILE` and, once settled, paste into the item.
 * Written by hand as YAML (quoted scalars are JSON strings, which YAML reads as they are): the browser ships no
 * YAML library.
 */
import type { AmountResult, AnswerValueT, Answers, ApplicantKindT, StatusT } from '../engine/index.ts';

export interface ReportedCase {
  item: string;
  itemName: string;
  rulesVersion: string;
  rulesHash: string;
  asOf: string;
  applicants: ApplicantKindT[];
  answers: Answers;
  gave: { status: StatusT; amount: AmountResult };
  /** The day the report is made (YYYY-MM-DD), for the case's name. */
  today: string;
}

const q = (s: string) => JSON.stringify(s);
const scalar = (v: AnswerValueT | null): string => (v === null ? 'null' : Array.isArray(v) ? `[${v.map(q).join(', ')}]` : typeof v === 'string' ? q(v) : String(v));

/** The amount as a case expects it (number, { min, max }, { notStated: true, cap }, none). */
function amountYaml(a: AmountResult): string {
  switch (a.kind) {
    case 'none':
      return 'none';
    case 'exact':
      return String(a.value);
    case 'range':
      return `{ min: ${a.min}, max: ${a.max ?? 'null'} }`;
    case 'notStated':
      return a.cap === undefined ? '{ notStated: true }' : `{ notStated: true, cap: ${a.cap} }`;
  }
}

/** The case file's text. */
export function caseFileText(c: ReportedCase): string {
  const facts = Object.entries(c.answers).map(([id, v]) => `      ${id}: ${scalar(v)}`);
  return [
    '# 这个结果不对？— 从杭州就业创业政策计算器导出的案例 / a case reported from the calculator',
    '# 给政策规则维护人员：在 expect 中填写正确的结果，在 comment 中写明依据，然后运行',
    '#   npm run rules -- test --case 本文件',
    '# 确认后可把 cases: 下的这一条原样移入 policies/items/ 中该事项的 cases:（gave 和 comment 可以保留）。',
    `item: ${c.item}`,
    `rules: { version: ${q(c.rulesVersion)}, hash: ${q(c.rulesHash)} }`,
    'cases:',
    `  - name: ${q(`窗口反馈：${c.itemName}（${c.today}）`)}`,
    `    asOf: ${c.asOf}`,
    `    applicants: [${c.applicants.join(', ')}]`,
    facts.length ? '    facts:' : '    facts: {}',
    ...facts,
    `    gave: { status: ${c.gave.status}, amount: ${amountYaml(c.gave.amount)} }`,
    '    expect: { status: null }',
    '    comment: ""',
    '',
  ].join('\n');
}
