/**
 * The body of a result's explanation: the item's summary, what is still to answer, every condition with its mark,
 * the amount's breakdown, stacking rules, sources and "这个结果不对？". Rendered only while its <details> is open, so
 * the engine writes these texts only for the explanations a resident opens.
 */
import type { JSX } from 'preact';
import { openFacts, type ItemResult, type RuleItem } from '../../state/index.ts';
import { Citation } from './Citation.tsx';
import { ConditionNode } from './ConditionNode.tsx';
import { FactList } from './FactList.tsx';
import { ReportWrong } from './ReportWrong.tsx';
import { Txt } from '../shell/Txt.tsx';
import { pick, useApp, useMessages } from '../shell/app-context.ts';
import { explanationZh } from '../../i18n/explanation.zh-CN.ts';
import './explanation.css';

interface Props {
  result: ItemResult;
  item: RuleItem;
  /** The confidence line, for a card that keeps it in the details (an item not open to the resident). */
  confidence: JSX.Element | null;
  /** Whether a phone shows every line in full (steady.css folds them otherwise). */
  full: boolean;
  onFull: (full: boolean) => void;
}

export function Explanation({ result, item, confidence, full, onFull }: Props) {
  const { catalog, locale, session } = useApp();
  // What is still to answer reads the answers here, not on the card: a closed card follows no answer (issue 14).
  const { toAsk } = openFacts(result, session.answers.value);
  const m = useMessages(explanationZh);
  const a = result.amount;
  return (
    <>
      {confidence}
      <p class="summary">
        <Txt text={item.summary} />
      </p>
      {/* Only a phone folds the conditions (steady.css); the button is hidden where everything shows anyway. */}
      <button type="button" class="button small full-toggle" aria-pressed={full} onClick={() => onFull(!full)}>
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
                {x.scope && m.aside(pick(x.scope, locale.locale.value))}
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
    </>
  );
}
