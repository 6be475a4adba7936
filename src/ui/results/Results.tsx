/** Results in three groups (可以申请 / 还需确认 / 暂不符合); items for the other kind of applicant are left out. */
import { num, overText, possibleConflicts, type ItemResult, type StatusT } from '../../state/index.ts';
import { Txt } from '../shell/Txt.tsx';
import { ChecklistLink } from '../checklist/ChecklistLink.tsx';
import { OtherSupport } from './OtherSupport.tsx';
import { ResultCard } from './ResultItem.tsx';
import { TakeHome } from './TakeHome.tsx';
import { pick, useApp, useMessages } from '../shell/app-context.ts';
import { useSettled } from '../shell/use-later.ts';

const GROUPS: StatusT[] = ['eligible', 'needs-info', 'not-eligible'];

/** The results column, with any combination conflicts between items still possible first. */
export function Results() {
  const { session, catalog, locale, questionTexts } = useApp();
  const m = useMessages();
  const chosen = session.audiences.value.length > 0;
  const ready = chosen && questionTexts.ready.value;
  // Once who is asking is chosen, and after each answer, the question is drawn first and the results a task later:
  // each is then two short tasks on a slow phone, not one long one (issue 14). A page that starts with someone chosen
  // draws both at once.
  const ev = useSettled(session.evaluation, ready);
  // Before anyone is chosen (and while the questions' texts load): where the results will be, and the supports; the
  // engine has not run.
  if (!ready || !ev) {
    return (
      <section class="results" aria-labelledby="results-heading">
        <h2 id="results-heading">{m.resultsHeading}</h2>
        <p class="visually-hidden" aria-live="polite" data-testid="live-summary" />
        <p class="muted" data-testid="results-as-of">{m.resultsAsOf(session.asOf.value, catalog.ruleset.version)}</p>
        <p data-testid="no-results">{chosen ? m.preparing : m.resultsAfterWho}</p>
        <OtherSupport />
      </section>
    );
  }
  const title = { eligible: m.groupEligible, 'needs-info': m.groupNeedsInfo, 'not-eligible': m.groupNotEligible, 'not-applicable': '' };
  const shown = ev.items.filter((r) => r.status !== 'not-applicable');
  const conflicts = possibleConflicts(ev);
  const names = (ids: string[]) => ids.map((id) => pick(catalog.item(id).name, locale.locale.value)).join(m.listSeparator);
  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading">{m.resultsHeading}</h2>
      {/* Screen readers hear the new counts after each answer, without leaving the question. */}
      <p class="visually-hidden" aria-live="polite" data-testid="live-summary">
        {m.liveSummary(...GROUPS.map((g) => shown.filter((r) => r.status === g).length) as [number, number, number])}
      </p>
      <p class="muted" data-testid="results-as-of">{m.resultsAsOf(ev.asOf, ev.rulesetVersion)}</p>
      {conflicts.length > 0 && (
        <div class="conflicts panel" data-testid="conflicts">
          <h3>{m.conflictsHeading}</h3>
          <ul>
            {conflicts.map((c) => (
              <li key={c.items.join('|')}>{m.conflictItems(names(c.items))}</li>
            ))}
          </ul>
        </div>
      )}
      {ev.totals.length > 0 && (
        <div class="totals panel" data-testid="totals">
          <h3>{m.totalsHeading}</h3>
          <ul class="plain">
            {ev.totals.map((t) => (
              <li key={t.basis} data-basis={t.basis}>
                <strong>{m.totalsLine(t.basis === 'period' ? m.totalsPeriod : m.basis[t.basis], num(t.sum))}</strong>
                {/* What the total adds up; for the period total, each item's rate × persons × months (inline, so the
                    panel keeps one list item per total). */}
                {t.basis !== 'period' && m.totalsOf(names(t.items))}
                {t.basis === 'period' && m.colon}
                {t.basis === 'period' &&
                  t.items.map((id, i) => {
                    const a = ev.items.find((r) => r.id === id)?.amount;
                    return (
                      <span key={id}>
                        {i > 0 && m.listSeparator}
                        {names([id])}{' '}
                        {a?.kind === 'exact' && a.over && <Txt text={overText(a.over, a.basis === 'per-year' ? 'per-year' : 'per-month')} />}
                      </span>
                    );
                  })}
              </li>
            ))}
          </ul>
          {/* How the total is made is for who asks: folded, so the results start on the first screen. */}
          <details class="totals-note">
            <summary>{m.totalsNoteSummary}</summary>
            <p class="muted">{m.totalsNote}</p>
          </details>
          {ev.totals.some((t) => t.leftOut.length > 0) && <p>{m.totalsLeftOut(names(ev.totals.flatMap((t) => t.leftOut)))}</p>}
        </div>
      )}
      <ChecklistLink />
      {shown.length === 0 && <p data-testid="no-results">{m.noResults}</p>}
      {GROUPS.map((status) => {
        const rows: ItemResult[] = shown.filter((r) => r.status === status);
        if (rows.length === 0) return null;
        return (
          <section key={status} class={`group group-${status}`} data-group={status} aria-labelledby={`group-${status}`}>
            <h3 id={`group-${status}`} class="group-title">
              {title[status]} <span class="count">{m.groupCount(rows.length)}</span>
            </h3>
            {rows.map((r) => (
              <ResultCard key={r.id} result={r} />
            ))}
          </section>
        );
      })}
      <OtherSupport />
      <TakeHome />
    </section>
  );
}
