/** An amount in words: exact with its basis, a range while facts are missing, or "set by the office" (with any cap). */
import { num, overText, type AmountBasisT, type AmountFigure, type AmountResult, type LastPublished } from '../../state/index.ts';
import { pick, useApp, useMessages } from '../shell/app-context.ts';
import { Txt } from '../shell/Txt.tsx';
import type { Messages } from '../../i18n/index.ts';

/** The amount as one line of text in the current language. */
export function amountWords(a: AmountFigure, m: Messages, zh: boolean): string {
  if (a.kind === 'none') return m.amountNone;
  if (a.kind === 'notStated') {
    if (a.cap === undefined) return m.amountSetByOffice;
    return m.amountSetByOffice + (a.capLabel ? m.amountCapOf(zh ? a.capLabel.zh : a.capLabel.en ?? a.capLabel.zh, num(a.cap)) : m.amountCap(num(a.cap)));
  }
  const figure = a.kind === 'exact' ? m.amountExact(num(a.value)) : 'dependsOn' in a && Array.isArray(a.dependsOn) && a.dependsOn.length > 0 ? dependsFigure(a, m) : a.max === null ? m.amountAtLeast(num(a.min)) : m.amountRange(num(a.min), num(a.max));
  const basis = m.basis[a.basis];
  // With no figure at all, the basis follows in brackets ("取决于你的回答（每月）"), not before a sentence.
  if (figure === m.amountDepends) return figure + m.aside(basis);
  // Chinese puts the basis first (每月 1,200 元; 每年最多 54,750 元: no space between two words); English after (CNY
  // 1,200 per month).
  const main = zh ? `${basis}${/^\d/.test(figure) ? ' ' : ''}${figure}` : `${figure} ${basis}`;
  const periods = a.maxPeriods === undefined ? '' : a.basis === 'per-month' ? m.maxMonths(a.maxPeriods) : a.basis === 'per-year' ? m.maxYears(a.maxPeriods) : '';
  return main + periods;
}

/** A range resting on answers no source bounds: "0–54,750" tells nothing, so only a known top (or floor) is given. */
function dependsFigure(a: { min: number; max: number | null }, m: Messages): string {
  if (a.max !== null) return m.amountAtMost(num(a.max));
  return a.min > 0 ? m.amountAtLeast(num(a.min)) : m.amountDepends;
}

/** A lapsed figure's last published value in words: "最近公布的标准是每月 400 元（2021年杭州规则，适用至 2023-01-31）…". */
export function lastPublishedWords(lp: LastPublished, basis: AmountBasisT, m: Messages, zh: boolean): string {
  const figure = lp.max === lp.min ? m.amountExact(num(lp.min)) : lp.max === null ? m.amountAtLeast(num(lp.min)) : m.amountRange(num(lp.min), num(lp.max));
  const words = zh ? `${m.basis[basis]} ${figure}` : `${figure} ${m.basis[basis]}`;
  return m.lastPublished(words, zh ? lp.rule.zh : (lp.rule.en ?? lp.rule.zh), lp.until ?? '');
}

/** The amount line of a result. */
export function AmountText({ amount, zh, settled, brief = false }: { amount: AmountResult; zh: boolean; settled: boolean; brief?: boolean }) {
  const m = useMessages();
  const { catalog } = useApp();
  return (
    <p class="amount">
      {/* Until the item is eligible, the figure is what it would pay, and says so. */}
      {/* "金额由经办部门核定" names the amount itself: no "金额：" before it ("如符合，" alone while not settled). */}
      <span class="label">{amount.kind === 'notStated' ? (settled ? '' : m.ifEligiblePrefix) : settled ? m.amountLabel : m.amountIfEligible}</span>
      <strong data-testid="amount">{amountWords(amount, m, zh)}</strong>
      {/* A brief line (an item not open to the resident) keeps the figure and leaves what it hangs on to the details. */}
      {!brief && amount.kind === 'range' && amount.dependsOn && amount.dependsOn.length > 0 && (
        <span class="amount-depends" data-testid="amount-depends">
          <br />
          {m.amountDependsOn(amount.dependsOn.map((id) => m.quoted(pick(catalog.fact(id).label, zh ? 'zh-CN' : 'en'))).join(m.listSeparator))}
        </span>
      )}
      {/* The engine's own sentence for the product over the period: "每月 750 元 × 12 个月 = 9,000 元". */}
      {amount.kind === 'exact' && amount.over && (
        <span class="amount-over" data-testid="amount-over">
          <br />
          <Txt text={overText(amount.over, amount.basis === 'per-year' ? 'per-year' : 'per-month')} />
        </span>
      )}
      {!brief && amount.kind === 'notStated' && amount.lastPublished && (
        <span class="last-published" data-testid="last-published">
          <br />
          {lastPublishedWords(amount.lastPublished, amount.basis, m, zh)}
          {m.listSeparator}
          {m.lastPublishedConfidence}
          {m.confidence[amount.lastPublished.confidence]}
        </span>
      )}
    </p>
  );
}
