/** One item on the printed checklist: its name, amount, where and how to apply, when, and how sure the rules are. */
import { overText, type ChecklistItem } from '../../state/index.ts';
import { amountWords, lastPublishedWords } from '../results/AmountText.tsx';
import { windowWords } from '../results/WindowNote.tsx';
import { Txt } from '../shell/Txt.tsx';
import { useApp, useMessages } from '../shell/app-context.ts';
import { checklistZh } from '../../i18n/checklist.zh-CN.ts';

/** A block kept on one page; `data-item` lets tests find it. */
export function ChecklistItemBlock({ item }: { item: ChecklistItem }) {
  const { locale } = useApp();
  const m = useMessages(checklistZh);
  const eligible = item.status === 'eligible';
  const amountConfidence = item.amountConfidence && item.amountConfidence !== item.confidence ? item.amountConfidence : null;
  return (
    <section class="sheet-item" data-item={item.id} aria-labelledby={`sheet-item-${item.id}`}>
      <h4 id={`sheet-item-${item.id}`}>
        {item.number}. <Txt text={item.name} />
        {!eligible && m.sheetNeedsInfo}
      </h4>
      <dl class="sheet-fields">
        <dt>{eligible ? m.amountLabel : m.amountIfEligible}</dt>
        <dd data-testid="sheet-amount">
          <strong>{amountWords(item.amount, m, locale.locale.value === 'zh-CN')}</strong>
          {item.amount.kind === 'exact' && item.amount.over && (
            <>
              <br />
              <Txt text={overText(item.amount.over, item.amount.basis === 'per-year' ? 'per-year' : 'per-month')} />
            </>
          )}
          {item.amount.kind === 'notStated' && item.amount.lastPublished && (
            <>
              <br />
              {lastPublishedWords(item.amount.lastPublished, item.amount.basis, m, locale.locale.value === 'zh-CN')}
            </>
          )}
          {item.amountNote && (
            <>
              <br />
              <Txt text={item.amountNote} />
            </>
          )}
        </dd>
        <dt>{m.officeLabel}</dt>
        <dd>
          {/* An unknown office's note already says so and whom to ask. */}
          {item.office.name ? <Txt text={item.office.name} /> : !item.office.note && m.officeUnknown}
          {item.office.note && (
            <>
              {item.office.name && <br />}
              <Txt text={item.office.note} />
            </>
          )}
        </dd>
        {item.office.channels.length > 0 && (
          <>
            <dt>{m.sheetChannels}</dt>
            <dd>
              {item.office.channels.map((ch, i) => (
                <span key={ch.id}>
                  {i > 0 && m.listSeparator}
                  <Txt text={ch.label} />
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{m.windowLabel}</dt>
        <dd>
          {item.window ? <Txt text={item.window} /> : m.sheetWindowUnknown}
          {windowWords(item.windowStatus, m) && (
            <>
              <br />
              {windowWords(item.windowStatus, m)}
            </>
          )}
        </dd>
        <dt>{m.sheetMaterials}</dt>
        <dd>
          {item.materials.length === 0 && !item.materialsNote && m.sheetMaterialsUnknown}
          {item.materials.map((d, i) => (
            <span key={d.id}>
              {i > 0 && m.listSeparator}
              <Txt text={d.label} />
            </span>
          ))}
          {item.materialsNote && (
            <>
              {item.materials.length > 0 && <br />}
              <Txt text={item.materialsNote} />
            </>
          )}
        </dd>
        <dt>{m.confidenceLabel}</dt>
        <dd>
          {m.confidence[item.confidence]}
          {amountConfidence && m.sheetAmountConfidence(m.confidence[amountConfidence])}
        </dd>
        {item.open.length > 0 && (
          <>
            <dt>{m.sheetOpen}</dt>
            <dd>
              <ul>
                {item.open.map((f) => (
                  <li key={f.id}>
                    <Txt text={f.label} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
