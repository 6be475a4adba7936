/**
 * One item's result, in the order a resident acts on it: name, amount, when and where to apply and how many documents
 * to bring; then the short why, and the full explanation in a <details> (on a phone one line per condition until
 * "显示全文") ending with "这个结果不对？".
 */
import { useState } from 'preact/hooks';
import { openFacts, type ItemResult } from '../../state/index.ts';
import { AmountText } from './AmountText.tsx';
import { Citation } from './Citation.tsx';
import { ConditionNode } from './ConditionNode.tsx';
import { FactList } from './FactList.tsx';
import { ItemActions } from './ItemActions.tsx';
import { ItemReasons } from './ItemReasons.tsx';
import { ReportWrong } from './ReportWrong.tsx';
import { Txt } from '../shell/Txt.tsx';
import { pick, useApp, useMessages } from '../shell/app-context.ts';

/** A result card; `data-item` and `data-status` let tests and embeds find it. */
export function ResultItem({ result }: { result: ItemResult }) {
  const { catalog, locale, session } = useApp();
  const m = useMessages();
  const [full, setFull] = useState(false);
  const item = catalog.item(result.id);
  const a = result.amount;
  const { toAsk } = openFacts(result, session.answers.value);
  const amountConfidence = a.kind !== 'none' && a.confidence !== item.confidence ? a.confidence : null;
  const failed = result.status === 'not-eligible';
  const confidence = (
    <p class="confidence">
      <span class="label">{m.confidenceLabel}</span>
      <span class={`badge conf-${item.confidence}`}>{m.confidence[item.confidence]}</span>
      {amountConfidence && (
        <>
          {' '}
          <span class="label">{m.amountConfidenceLabel}</span>
          <span class={`badge conf-${amountConfidence}`}>{m.confidence[amountConfidence]}</span>
        </>
      )}
    </p>
  );
  return (
    <article class={`result status-${result.status}`} data-item={result.id} data-status={result.status}>
      <h4 class="item-name">
        <Txt text={item.name} />
      </h4>
      <AmountText amount={a} zh={locale.locale.value === 'zh-CN'} settled={result.status === 'eligible'} brief={failed} />
      {/* What to do next only where it can still be done: a failed item's card says why instead. */}
      {!failed && <ItemActions result={result} item={item} />}
      <ItemReasons result={result} />
      {/* How sure the rules are matters before acting; for an item not open to the resident it waits in the details. */}
      {!failed && confidence}
      <details class={`explanation ${full ? 'full' : 'brief'}`}>
        <summary>{m.explanationSummary}</summary>
        {failed && confidence}
        <p class="summary">
          <Txt text={item.summary} />
        </p>
        {/* Only a phone folds the conditions (steady.css); the button is hidden where everything shows anyway. */}
        <button type="button" class="button small full-toggle" aria-pressed={full} onClick={() => setFull(!full)}>
          {full ? m.fullTextHide : m.fullTextShow}
        </button>
        {toAsk.length > 0 && (
          <>
            <h5>{m.stillToAnswer}</h5>
            <FactList ids={toAsk} />
          </>
        )}
        <h5>{m.conditionsHeading}</h5>
        {/* The root "all of the following" repeats the item's status; its children start the list, saving an indent on phones. */}
        <ul class="conditions root">
          {(result.explanation.children ?? [result.explanation]).map((c, i) => (
            <ConditionNode key={i} node={c} />
          ))}
        </ul>
        {a.kind !== 'none' && a.breakdown.length > 0 && (
          <>
            <h5>{m.breakdownHeading}</h5>
            <ul class="breakdown">
              {a.breakdown.map((line, i) => (
                <li key={i}>
                  <Txt text={line} />
                </li>
              ))}
            </ul>
          </>
        )}
        {result.stacking.length > 0 && (
          <>
            <h5>{m.stackingHeading}</h5>
            <ul class="stacking">
              {result.stacking.map((x, i) => (
                <li key={i} data-rule={x.rule}>
                  {m.stackingRule[x.rule](x.items.map((id) => m.quoted(pick(catalog.item(id).name, locale.locale.value))).join(m.listSeparator))}
                  {x.limit && (
                    <>
                      {m.colon}
                      <Txt text={x.limit} />
                    </>
                  )}
                  {x.scope && (
                    <>
                      {' '}
                      (<Txt text={x.scope} />)
                    </>
                  )}
                  <Citation cite={x.cite} />
                </li>
              ))}
            </ul>
          </>
        )}
        <h5>{m.itemSourcesHeading}</h5>
        <div class="item-sources">
          {item.citations.map((c, i) => (
            <Citation key={i} cite={c} />
          ))}
        </div>
        {item.window && (
          <p class="window">
            <span class="label">{m.windowLabel}</span>
            <Txt text={item.window.text} />
          </p>
        )}
        {/* "This looks wrong" follows the reasons it questions, and keeps the closed card to its essentials. */}
        <ReportWrong id={result.id} />
      </details>
    </article>
  );
}
