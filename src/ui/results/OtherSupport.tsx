/**
 * "其他支持和服务" and "本计算器不包括的项目": the policy's supports without an amount, for the audiences chosen, and the
 * related programmes this calculator does not cover, with where to ask — so "not eligible" is never confused with
 * "not covered here". Headings and lists only, so screen readers can jump between them (checked with axe's rules).
 */
import { servicesFor, type CitationT, type TextT } from '../../state/index.ts';
import { Txt } from '../shell/Txt.tsx';
import { useApp, useMessages } from '../shell/app-context.ts';

/** The source in resident words: the document's title and part, then the quotation (no source ids). */
function Basis({ cite }: { cite: CitationT }) {
  const { catalog } = useApp();
  const m = useMessages();
  const source = catalog.source(cite.source);
  if (!source) return null;
  return (
    <p class="muted service-basis">
      {m.citeLabel}
      <span lang="zh-CN">
        {source.title}
        {cite.article && ` ${cite.article}`}
        {cite.quote && (cite.paraphrase ? `（${m.paraphraseLabel}${cite.quote}）` : <q>{cite.quote}</q>)}
      </span>
    </p>
  );
}

interface Entry {
  id: string;
  name: TextT;
  what: TextT;
  /** Where to go (a service) or whom to ask (a programme not covered). */
  place: TextT;
  cite?: CitationT;
}

/** One titled list of entries, each a heading with what it is and where to go. */
function EntryList({ id, heading, note, placeLabel, entries, showLabel }: { id: string; heading: string; note: string; placeLabel: string; entries: Entry[]; showLabel: (n: number) => string }) {
  if (entries.length === 0) return null;
  return (
    <section class={`${id} panel`} data-testid={id} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      {/* Folded: the results come first; these entries are for a resident who looks further (issue 13: three phone screens). */}
      {/* Their words load when unfolded (data-texts: src/calculator.ts). */}
      <details class="entries" data-texts="support">
        <summary>{showLabel(entries.length)}</summary>
      <p class="muted">{note}</p>
      <ul class="plain">
        {entries.map((e) => (
          <li key={e.id} data-entry={e.id}>
            <h4><Txt text={e.name} /></h4>
            <p><Txt text={e.what} /></p>
            <p>
              <span class="label">{placeLabel}</span>
              <Txt text={e.place} />
            </p>
            {e.cite && <Basis cite={e.cite} />}
          </li>
        ))}
      </ul>
      </details>
    </section>
  );
}

/** Both lists, after the results. */
export function OtherSupport() {
  const { catalog, session } = useApp();
  const m = useMessages();
  const services = servicesFor(catalog.ruleset, session.audiences.value).map((s) => ({ id: s.id, name: s.name, what: s.what, place: s.where, cite: s.cite }));
  const notCovered = (catalog.ruleset.notCovered ?? []).map((n) => ({ id: n.id, name: n.name, what: n.what, place: n.ask }));
  return (
    <>
      <EntryList id="other-support" heading={m.otherSupportHeading} note={m.otherSupportNote} placeLabel={m.whereLabel} entries={services} showLabel={m.entriesShow} />
      <EntryList id="not-covered" heading={m.notCoveredHeading} note={m.notCoveredNote} placeLabel={m.askLabel} entries={notCovered} showLabel={m.entriesShow} />
    </>
  );
}
