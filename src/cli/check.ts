/** `rules check`: loads and validates every policy file, then prints what each item covers. */
import type { Ruleset } from '../engine/types.ts';
import { amountKind, formula, leafCount, windowLine } from './formula.ts';
import { type Io, EXIT } from './io.ts';
import { POLICIES_OPTION, loadRuleset, parseCommand } from './options.ts';
import { renderTable } from './table.ts';

/** Runs `rules check [--policies DIR]`. */
export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values } = parseCommand('check', args, POLICIES_OPTION);
  const ruleset = loadRuleset(io, values.policies);
  io.stdout(coverageReport(ruleset));
  return EXIT.ok;
}

/** The coverage table, the amount formulas and the totals, as printed by `rules check`. */
export function coverageReport(rs: Ruleset): string {
  const rows = rs.items.map((item) => [
    item.id,
    item.applicant,
    String(leafCount(item.conditions)),
    amountKind(item),
    item.materials.length > 0 ? String(item.materials.length) : '—',
    item.office.name || item.office.channels.length > 0 ? '✓' : '—',
    item.confidence,
  ]);
  const table = renderTable(
    [
      { header: 'id' },
      { header: 'applicant' },
      { header: 'conditions', right: true },
      { header: 'amount' },
      { header: 'materials', right: true },
      { header: 'office' },
      { header: 'confidence' },
    ],
    rows,
  );
  const formulas = rs.items
    .filter((i) => i.amount)
    .map((i) => `  ${i.id} (${i.amount!.basis}${i.amount!.maxPeriods ? `, at most ${i.amount!.maxPeriods} periods` : ''}): ${formula(i.amount!.rule)}`);
  const windows = rs.items.filter((i) => i.window?.rule).map((i) => `  ${i.id}: ${windowLine(i.window!.rule!)}`);
  const over = rs.items.filter((i) => i.amount?.over).map((i) => `  ${i.id}: × fact:${i.amount!.over!.periods.fact}${i.amount!.over!.persons ? ` × fact:${i.amount!.over!.persons.fact}` : ''}`);
  const cases = rs.items.reduce((n, i) => n + (i.cases?.length ?? 0), 0);
  const totals = [
    `${rs.items.length} items`,
    `${rs.facts.length} facts`,
    `${Object.keys(rs.parameters).length} parameters`,
    `${Object.keys(rs.sources).length} sources`,
    `${cases} cases`,
  ];
  return [
    `Ruleset ${rs.id} ${rs.version} (hash ${rs.hash}): all policy files are valid.`,
    '',
    table,
    'conditions: leaf comparisons in the item (a ref to a definition counts as one); office: ✓ when a name or a channel is known.',
    '',
    'Amounts:',
    ...formulas,
    '',
    'Figures with periods are shown [period (rule; sources; confidence)]: outside them the amount is set by the office.',
    '',
    'Application windows (rules):',
    ...windows,
    '',
    'Totals over the period (rate × months or years × persons):',
    ...over,
    '',
    `Totals: ${totals.join(', ')}`,
    '',
  ].join('\n');
}
