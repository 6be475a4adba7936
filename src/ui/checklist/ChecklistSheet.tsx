/**
 * The checklist as printed: what it rests on (date, rules version and checksum), one block per item, the documents to
 * bring merged across items with a box to tick at the counter, the answers, how sure the rules are, and a box for the
 * counter's stamp. Black on white: nothing is said by colour alone, so it reads the same from a monochrome printer.
 */
import { valueText, type ChecklistItem } from '../../state/index.ts';
import { ChecklistItemBlock } from './ChecklistItemBlock.tsx';
import { QrCode } from '../results/QrCode.tsx';
import { Marked, Txt } from '../shell/Txt.tsx';
import { pick, useApp, useMessages } from '../shell/app-context.ts';
import { checklistZh } from '../../i18n/checklist.zh-CN.ts';

/** The printable sheet, built from the checklist state. */
export function ChecklistSheet() {
  const { checklist, locale, share, shareBase } = useApp();
  const m = useMessages(checklistZh);
  const c = checklist.sheet.value;
  if (!c) return null; // Its code is on its way (the page waits for it).
  const title = (i: ChecklistItem) => `${i.number}. ${pick(i.name, locale.locale.value)}`;
  const numbers = (ids: string[]) => ids.map((id) => c.items.find((i) => i.id === id)!.number).join(m.listSeparator);
  return (
    <article class="sheet" aria-labelledby="sheet-title" data-testid="checklist-sheet">
      <div class="sheet-head">
        <div>
          <h2 id="sheet-title">{m.sheetTitle}</h2>
          <p class="sheet-meta" data-testid="sheet-meta">
            {m.sheetMeta(c.asOf, c.rulesVersion, c.rulesHash)}
          </p>
          <p class="sheet-disclaimer">{m.sheetDisclaimer}</p>
        </div>
        {/* The same results on the resident's phone: the answers travel in the code, not through a server. */}
        {share.fragment.value && (
          <figure class="sheet-qr" data-testid="sheet-qr">
            <QrCode text={shareBase + share.fragment.value} label={m.share.qrLabel} />
            <figcaption>{m.sheetShareCaption}</figcaption>
          </figure>
        )}
      </div>

      <section aria-labelledby="sheet-items">
        <h3 id="sheet-items">{m.sheetItemsHeading(c.items.length)}</h3>
        {c.items.length === 0 && <p>{m.sheetEmpty}</p>}
        {c.items.map((item) => (
          <ChecklistItemBlock key={item.id} item={item} />
        ))}
        {c.conflicts.length > 0 && (
          <div class="sheet-conflicts" data-testid="sheet-conflicts">
            <h4>{m.conflictsHeading}</h4>
            <ul>
              {c.conflicts.map((x) => (
                <li key={x.items.join('|')}>{m.conflictItems(x.items.map((id) => title(c.items.find((i) => i.id === id)!)).join(m.listSeparator))}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      {c.items.length > 0 && (
        <section class="sheet-docs">
          <h3 id="sheet-docs">{m.sheetDocsHeading}</h3>
          {c.documents.length === 0 ? (
            <p>{m.sheetDocsNone}</p>
          ) : (
            // Scrolls sideways rather than widen the page in large type on a phone; focusable so keys can scroll it.
            <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="sheet-docs">
              <table>
                <thead>
                  <tr>
                    <th scope="col" class="tick-col">{m.sheetDocsCheck}</th>
                    <th scope="col">{m.sheetDocsName}</th>
                    <th scope="col" class="count-col">{m.sheetDocsCount}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.documents.map((d) => (
                    <tr key={d.id} data-document={d.id}>
                      {/* An empty box to tick with a pen; screen readers need not hear it. */}
                      <td class="tick-col" aria-hidden="true">□</td>
                      <td>
                        <Txt text={d.label} />
                      </td>
                      <td data-testid="doc-count">{m.sheetDocsCountCell(d.items.length, numbers(d.items))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}

      {c.answers.length > 0 && (
        <section aria-labelledby="sheet-answers" class="sheet-answers">
          <h3 id="sheet-answers">{m.sheetAnswersHeading}</h3>
          <dl>
            {c.answers.map((a) => (
              <div key={a.fact.id} data-answer={a.fact.id}>
                <dt>
                  <Txt text={a.fact.label} />
                </dt>
                <dd>{a.value === null ? m.dontKnowAnswer : <Txt text={valueText(a.fact, a.value)} />}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      {c.items.length > 0 && (
        <section aria-labelledby="sheet-notes" class="sheet-notes">
          <h3 id="sheet-notes">{m.sheetNotesHeading}</h3>
          {c.confidenceNotes.length === 0 ? (
            <p>{m.sheetNotesAllOfficial}</p>
          ) : (
            <ul>
              {c.confidenceNotes.map((n) => (
                <li key={n.confidence} data-confidence={n.confidence}>
                  <strong>{m.confidence[n.confidence]}</strong>
                  {m.colon}
                  {m.confidenceExplained[n.confidence]}
                  {m.sheetNoteItems(numbers(n.items))}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section class="stamp" aria-labelledby="sheet-stamp" data-testid="stamp">
        <h3 id="sheet-stamp">
          <Marked text={m.sheetStamp} />
        </h3>
        <p class="stamp-line">{m.sheetStampHandler}</p>
        <p class="stamp-line">{m.sheetStampDate}</p>
        <p class="stamp-line">{m.sheetStampRemarks}</p>
      </section>
    </article>
  );
}
