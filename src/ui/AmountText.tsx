/** An amount in words: exact with its basis, a range while facts are missing, or "set by the office" (with any cap). */
import { num, type AmountFigure, type AmountResult } from '../state/index.ts';
import { useMessages } from './app-context.ts';
import type { Messages } from '../i18n/index.ts';

/** The amount as one line of text in the current language. */
export function amountWords(a: AmountFigure, m: Messages, zh: boolean): string {
  if (a.kind === 'none') return m.amountNone;
  if (a.kind === 'notStated') {
    if (a.cap === undefined) return m.amountSetByOffice;
    return m.amountSetByOffice + (a.capLabel ? m.amountCapOf(zh ? a.capLabel.zh : a.capLabel.en ?? a.capLabel.zh, num(a.cap)) : m.amountCap(num(a.cap)));
  }
  const figure = a.kind === 'exact' ? m.amountExact(num(a.value)) : a.max === null ? m.amountAtLeast(num(a.min)) : m.amountRange(num(a.min), num(a.max));
  const basis = m.basis[a.basis];
  // Chinese puts the basis first (每月 1,200 元); English after (CNY 1,200 per month).
  const main = zh ? `${basis} ${figure}` : `${figure} ${basis}`;
  const periods = a.maxPeriods === undefined ? '' : a.basis === 'per-month' ? m.maxMonths(a.maxPeriods) : a.basis === 'per-year' ? m.maxYears(a.maxPeriods) : '';
  return main + periods;
}

/** The amount line of a result. */
export function AmountText({ amount, zh, settled }: { amount: AmountResult; zh: boolean; settled: boolean }) {
  const m = useMessages();
  return (
    <p class="amount">
      {/* Until the item is eligible, the figure is what it would pay, and says so. */}
      <span class="label">{settled ? m.amountLabel : m.amountIfEligible}</span>
      <strong data-testid="amount">{amountWords(amount, m, zh)}</strong>
    </p>
  );
}
