/**
 * One item's result, in the order a resident acts on it: name, amount, when and where to apply and how many documents
 * to bring; then the short why, and the full explanation in a <details> (on a phone one line per condition until
 * "显示全文") ending with "这个结果不对？".
 */
import { Component } from 'preact';
import { useState } from 'preact/hooks';
import { textsReady, type ItemResult } from '../../state/index.ts';
import { AmountText } from './AmountText.tsx';
import { ItemActions } from './ItemActions.tsx';
import { ItemReasons } from './ItemReasons.tsx';
import { Txt } from '../shell/Txt.tsx';
import { useApp, useMessages } from '../shell/app-context.ts';
import { lazy } from '../shell/lazy.tsx';

// The explanation's code (and its styles and words) is a chunk of its own, loaded when a resident first opens one
// (issue 14): the first screen never shows it.
const Explanation = lazy(() => import('./Explanation.tsx').then((m) => m.Explanation));

/** A card that renders again only when its result is a new object: the engine hands back the same object for an item
 * whose own answers did not change (issue 14), so an answer redraws the few cards it concerns. The card still follows
 * the language and the text packs itself (signals). */
export class ResultCard extends Component<{ result: ItemResult }> {
  override shouldComponentUpdate(next: { result: ItemResult }) {
    return next.result !== this.props.result;
  }
  override render() {
    return <ResultItem result={this.props.result} />;
  }
}

/** A result card; `data-item` and `data-status` let tests and embeds find it. */
function ResultItem({ result }: { result: ItemResult }) {
  const { catalog, locale, texts } = useApp();
  const m = useMessages();
  const [full, setFull] = useState(false);
  const [open, setOpen] = useState(false);
  const item = catalog.item(result.id);
  const a = result.amount;
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
      {/* The explanation is built only while its <details> is open (a closed card reads none of it), once the item's
          texts are in (opening it loads them: App.tsx). Its code is asked for at the same moment, not after the texts. */}
      <details
        class={`explanation ${full ? 'full' : 'brief'}`}
        onToggle={(e) => {
          const opened = e.currentTarget.open;
          if (opened) void Explanation.preload();
          setOpen(opened);
        }}
      >
        <summary>{m.explanationSummary}</summary>
        {open && textsReady(texts, { items: [result.id] }) && <Explanation result={result} item={item} confidence={failed ? confidence : null} full={full} onFull={setFull} />}
      </details>
    </article>
  );
}
