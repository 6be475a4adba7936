/**
 * Application windows as rules (an item's `rule` under `window`): a yearly range, or a span counted from an event the
 * user dates. The window is one more condition of the item: open → it holds; passed or not yet open → the item is not eligible now,
 * and the next opening (if any) is a date the near-miss search tries. The result says when the window closes.
 */
import type { RuleItem, ConditionResult } from './types.ts';
import type { WindowRuleT } from './schema.ts';
import { type Context, answerOf } from './context.ts';
import { explainChecked, explainCondition } from './conditions.ts';
import { type Check, allOf, check, open } from './truth.ts';
import { addDays, addMonths, addSpan, type Span } from './dates.ts';
import { t } from './text.ts';

/** One opening of a window, both days included. */
export interface WindowSpan {
  opens: string;
  closes: string;
}

/** Where the evaluation date stands against the window, for the result (and the UI) to say. */
export interface WindowStatus {
  state: 'open' | 'not-yet' | 'passed' | 'unknown';
  /** The opening in question: the open one (earliest to close), the next one, or the last one passed. */
  opens?: string;
  closes?: string;
  /** After a passed window: when the next one opens, if one does. */
  nextOpens?: string;
}

/** The last day of month `m` (1–12) of year `y`. */
function monthEnd(y: number, m: number): string {
  return addDays(addMonths(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`, 1), -1);
}

/** MM-DD in year y; a 02-29 in a common year is the 28th. */
function dayOf(y: number, mmdd: string): string {
  const [m, d] = mmdd.split('-').map(Number) as [number, number];
  const end = monthEnd(y, m);
  return `${end.slice(0, 8)}${String(Math.min(d, Number(end.slice(8)))).padStart(2, '0')}`;
}

function times(span: Span, k: number): Span {
  return span.days ? { days: span.days * k } : span.months ? { months: span.months * k } : { years: (span.years ?? 0) * k };
}

type FromEvent = Extract<WindowRuleT, { event: unknown }>['opens'];

function fromEvent(event: string, d: FromEvent): string {
  const x = d.plus ? addSpan(event, d.plus) : event;
  if (d.nextMonth) return addMonths(`${x.slice(0, 8)}01`, 1);
  if (d.endOf) return monthEnd(Number(x.slice(0, 4)) + d.endOf.yearsLater, d.endOf.month);
  return x;
}

/** Every opening of the window near the evaluation date, or the fact still needed to date it. */
export function windowSpans(rule: WindowRuleT, ctx: Context): WindowSpan[] | { missing: string } {
  if ('annual' in rule) {
    const { from, to, year } = rule.annual;
    let years: number[];
    if (year) {
      const v = answerOf(ctx, year.fact);
      if (typeof v !== 'string') return { missing: year.fact };
      years = [Number(v.slice(0, 4)) + year.offset];
    } else {
      const y = Number(ctx.asOf.slice(0, 4));
      years = [y - 1, y, y + 1];
    }
    // A window such as 12-01 to 01-31 wraps into the next year.
    return years.map((y) => ({ opens: dayOf(y, from), closes: dayOf(to >= from ? y : y + 1, to) }));
  }
  const v = answerOf(ctx, rule.event.fact);
  if (typeof v !== 'string') return { missing: rule.event.fact };
  const n = rule.repeat?.times ?? 1;
  return Array.from({ length: n }, (_, k) => {
    const event = rule.repeat && k > 0 ? addSpan(v, times(rule.repeat.every, k)) : v;
    return { opens: fromEvent(event, rule.opens), closes: fromEvent(event, rule.closes) };
  });
}

/** Where a date stands against the openings. */
export function windowStatus(spans: WindowSpan[], asOf: string): WindowStatus {
  const open = spans.filter((s) => s.opens <= asOf && asOf <= s.closes).sort((a, b) => (a.closes < b.closes ? -1 : 1));
  if (open[0]) return { state: 'open', opens: open[0].opens, closes: open[0].closes };
  const next = spans.filter((s) => s.opens > asOf).sort((a, b) => (a.opens < b.opens ? -1 : 1))[0];
  const past = spans.filter((s) => s.closes < asOf).sort((a, b) => (a.closes < b.closes ? -1 : 1)).at(-1);
  if (past) return { state: 'passed', opens: past.opens, closes: past.closes, ...(next ? { nextOpens: next.opens } : {}) };
  return next ? { state: 'not-yet', opens: next.opens, closes: next.closes } : { state: 'unknown' };
}

/** The window as one more condition: whether it is open on the evaluation date, and where the date stands. */
function windowCheck(rule: WindowRuleT, ctx: Context): { check: Check; status: WindowStatus; spans?: WindowSpan[] } {
  const spans = windowSpans(rule, ctx);
  if (!Array.isArray(spans)) return { check: { value: null, missing: [spans.missing], unknownParams: [] }, status: { state: 'unknown' } };
  const status = windowStatus(spans, ctx.asOf);
  return { check: { value: status.state === 'open', missing: [], unknownParams: [] }, status, spans };
}

function windowResult(item: RuleItem, w: ReturnType<typeof windowCheck>, ctx: Context): ConditionResult {
  const cite = item.window?.cite;
  const text = t('在申请期内', 'Within the application period');
  const { value } = w.check;
  if (!w.spans) return { value, text, detail: item.window!.text, cite, missing: [...w.check.missing], unknownParams: [] };
  const span = w.status.opens ? t(`申请期：${w.status.opens} 至 ${w.status.closes}`, `Application period: ${w.status.opens} to ${w.status.closes}`) : item.window!.text;
  const asOf = t(`；评估日期：${ctx.asOf}`, `; evaluation date: ${ctx.asOf}`);
  const detail = t(span.zh + asOf.zh, span.en === null ? null : span.en + asOf.en);
  return { value, text, detail, cite, missing: [], unknownParams: [] };
}

/** The item's conditions checked and, where it has a window rule, the window as one more condition of the root. */
export function itemCheck(item: RuleItem, ctx: Context): { check: Check; window?: WindowStatus } {
  const base = check(item.conditions, ctx);
  const rule = item.window?.rule;
  if (!rule) return { check: base };
  const w = windowCheck(rule, ctx);
  const parts = [base, w.check];
  const value = allOf(parts.map((c) => c.value));
  return { check: value === null ? open(parts.filter((c) => c.value === null)) : { value, missing: [], unknownParams: [] }, window: w.status };
}

/** The explanation of an item checked (`checked` is its `itemCheck`): its conditions, with any window as one more
 * child of the root. */
export function itemExplanation(item: RuleItem, ctx: Context, checked: Check): ConditionResult {
  const rule = item.window?.rule;
  if (!rule) return explainChecked(item.conditions, ctx, checked);
  const c = item.conditions;
  // An unlabelled root "all" takes the window as one more child; any other root is wrapped.
  const flat = c.all !== undefined && !c.label ? c.all : undefined;
  let children: ConditionResult[] | undefined;
  const kids = () => (children ??= [...(flat ?? [c]).map((x) => explainCondition(x, ctx)), windowResult(item, windowCheck(rule, ctx), ctx)]);
  const { value } = checked;
  const missing = [...checked.missing];
  const unknownParams = [...checked.unknownParams];
  const text = t('以下条件全部满足', 'All of the following');
  if (flat) return { cite: c.cite, note: c.note, value, text, get children() { return kids(); }, missing, unknownParams };
  return { text, unknownParams, value, get children() { return kids(); }, missing };
}

/** The later openings of the item's window: dates on which a near miss may turn eligible. */
export function windowDates(item: RuleItem, ctx: Context): string[] {
  const rule = item.window?.rule;
  if (!rule) return [];
  const spans = windowSpans(rule, ctx);
  if (!Array.isArray(spans)) return [];
  // A yearly window recurs: look at the years ahead as well.
  const later = 'annual' in rule && !rule.annual.year ? [1, 2, 3].flatMap((k) => spans.map((s) => addMonths(s.opens, 12 * k))) : [];
  return [...spans.map((s) => s.opens), ...later].filter((d) => d > ctx.asOf);
}
