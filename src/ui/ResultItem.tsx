/** One item's result: name, amount, how sure, why (short), and the full explanation in a <details>. */
import { openFacts, type ItemResult } from '../state/index.ts';
import { AmountText } from './AmountText.tsx';
import { windowWords } from './WindowNote.tsx';
import { Citation } from './Citation.tsx';
import { ConditionNode } from './ConditionNode.tsx';
import { FactList } from './FactList.tsx';
import { ItemReasons } from './ItemReasons.tsx';
import { Txt } from './Txt.tsx';
import { pick, useApp, useMessages } from './app-context.ts';import { ReportWrong } from './ReportWrong.tsx';


/** A result card; `data-item` and `data-status` let tests and embeds find it. */
export function ResultItem({ result }: { result: ItemResult }) {
  const { catalog, locale, session } = useApp();
  const m = useMessages();
  const item = catalog.item(result.id);
  const a = result.amount;
  const { toAsk } = openFacts(result, session.answers.value);
  const windowState = windowWords(result.window, m);
  const amountConfidence = a.kind !== 'none' && a.confidence !== item.confidence ? a.confidence : null;
  return (
    <article class={`result status-${result.status}`} data-item={result.id} data-status={result.status}>
      <h4 class="item-name">
        <Txt text={item.name} />
      </h4>
      <AmountText amount={a} zh={locale.locale.value === 'zh-CN'} settled={result.status === 'eligible'} />
      {windowState && (
        <p class="window-state" data-testid="window-state">
          <span class="label">{m.windowLabel}</span>
          {windowState}
        </p>
      )}
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
      <p class="summary">
        <Txt text={item.summary} />
      </p>
      <ItemReasons result={result} />
      <details class="explanation">
        <summary>{m.explanationSummary}</summary>
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
      </details>
      <ReportWrong id={result.id} />
    </article>
  );
}
