/**
 * "About these rules": every item with its citations, confidence and sources, every parameter with its dated values,
 * and the source list — all generated from the ruleset, so a resident or an official sees what the calculator knows
 * and how sure it is.
 */
import { useEffect } from 'preact/hooks';
import { amountShape, num, sourceTitles, textsReady, type ConfidenceT, type ParameterT, type RuleItem } from '../../state/index.ts';
import { Citation } from '../results/Citation.tsx';
import { Marked, Txt } from '../shell/Txt.tsx';
import { pick, useApp, useLandmarkName, useMessages } from '../shell/app-context.ts';
import { aboutZh } from '../../i18n/about.zh-CN.ts';
import './about.css';

const CONFIDENCES: ConfidenceT[] = ['official', 'official-old', 'secondary', 'inferred', 'unknown'];

/** The page. */
export function AboutRules() {
  const { catalog, view, texts } = useApp();
  const m = useMessages(aboutZh);
  const landmark = useLandmarkName();
  const rs = catalog.ruleset;
  // The documents, parameters' notes and sources' titles come with the common texts; an item's own texts when its entry
  // is opened, the whole source list when it is unfolded (src/calculator.ts's toggle listener). The page re-renders as
  // each arrives (AppProvider).
  useEffect(() => void texts.loadCommon().catch(() => undefined), [texts]);
  const parts = [...new Set(rs.items.map((i) => i.part))].sort((a, b) => a - b);
  const count = (pred: (i: RuleItem) => boolean) => rs.items.filter(pred).length;
  const shapes = (['formula', 'formula+notStated', 'notStated+cap', 'notStated', 'none'] as const).filter((s) => count((i) => amountShape(i) === s) > 0);
  return (
    <main class="about" id="main" aria-label={landmark}>
      <p>
        <a href={view.href('calculator')}>{m.backToCalculator}</a>
      </p>
      <h2 data-focus-target tabIndex={-1}>
        {m.aboutHeading}
      </h2>
      <p>{m.aboutIntro(rs.items.length)}</p>
      <dl class="facts-list">
        <dt>{m.aboutVersion}</dt>
        <dd data-testid="about-version">{rs.version}</dd>
        <dt>{m.aboutHash}</dt>
        <dd>{rs.hash}</dd>
        <dt>{m.aboutInForce}</dt>
        <dd>{rs.inForceFrom}</dd>
        <dt>{m.aboutDocuments}</dt>
        <dd>
          {rs.documents.map((d, i) => (
            <Citation key={i} cite={d} />
          ))}
        </dd>
      </dl>

      <section aria-labelledby="about-confidence" class="panel">
        <h3 id="about-confidence">{m.aboutConfidenceHeading}</h3>
        <ul class="plain">
          {CONFIDENCES.map((c) => (
            <li key={c} data-confidence={c}>
              <span class={`badge conf-${c}`}>{m.confidence[c]}</span> {m.aboutItemsCount(count((i) => i.confidence === c))} — {m.confidenceExplained[c]}
            </li>
          ))}
        </ul>
        <h3>{m.aboutAmountsHeading}</h3>
        <ul class="plain">
          {shapes.map((s) => (
            <li key={s} data-shape={s}>
              {m.amountShape[s]}: {m.aboutItemsCount(count((i) => amountShape(i) === s))}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-items">
        <h3 id="about-items">{m.aboutItemsHeading}</h3>
        {parts.map((part) => (
          <section key={part} aria-labelledby={`part-${part}`}>
            <h4 id={`part-${part}`}>{m.partNames[part]}</h4>
            <ul class="plain about-items">
              {rs.items
                .filter((i) => i.part === part)
                .map((item) => (
                  <li key={item.id}>
                    <AboutItem item={item} />
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </section>

      <section aria-labelledby="about-params">
        <h3 id="about-params">{m.aboutParametersHeading}</h3>
        {Object.values(rs.parameters).map((p) => (
          <AboutParameter key={p.id} p={p} />
        ))}
      </section>

      <section aria-labelledby="about-sources">
        <h3 id="about-sources">{m.aboutSourcesHeading}</h3>
        {/* Folded: a long list that few read; its dates, addresses and notes load when it is unfolded. */}
        <details class="about-sources" data-texts="sources">
          <summary>{m.aboutSourcesShow(Object.keys(rs.sources).length)}</summary>
          {textsReady(texts, 'sources') ? <SourceList /> : <p aria-busy="true">{m.aboutSourcesLoading}</p>}
        </details>
      </section>
    </main>
  );
}

/** Every source: title and document number, what kind of source, its date, a government page's address, its note. */
function SourceList() {
  const { catalog } = useApp();
  const m = useMessages(aboutZh);
  return (
    <ul class="plain sources">
      {Object.values(catalog.ruleset.sources).map((s) => (
        <li key={s.id} id={`source-${s.id}`}>
          <span lang="zh-CN">
            {s.title}
            {s.docNo && `（${s.docNo}）`}
          </span>
          <span class="muted">
            {' · '}
            {m.sourceAuthority[s.authority]}
            {s.date && (
              <>
                {' · '}
                <Marked text={s.date} />
              </>
            )}
          </span>
          {/* Only a government page's address is worth typing in: a reprint or aggregator site is named as such. */}
          {s.url && s.authority === 'official' && <span class="url">{s.url}</span>}
          {s.note && (
            <span class="muted" lang="zh-CN">
              {' '}
              {s.note}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** One item: name and confidence at a glance, the rest in a <details>. */
function AboutItem({ item }: { item: RuleItem }) {
  const { catalog } = useApp();
  const m = useMessages(aboutZh);
  const shape = amountShape(item);
  const channels = item.office.channels.map((c) => catalog.channel(c)).filter((c) => c !== undefined);
  return (
    <details class="about-item" data-item={item.id}>
      <summary>
        <strong>
          <Txt text={item.name} />
        </strong>{' '}
        <span class={`badge conf-${item.confidence}`}>{m.confidence[item.confidence]}</span>{' '}
        <span class="muted">· {m.amountShape[shape]}</span>
      </summary>
      {/* The item's id stays on the element (data-item) for staff tools; a resident reads who applies. */}
      <p class="muted">
        {m.applicantLabel}
        {m.applicantNames[item.applicant]}
      </p>
      <p>
        <Txt text={item.summary} />
      </p>
      {item.amount && (
        <p>
          <span class="label">{m.amountKindLabel}</span>
          {m.amountShape[shape]}
          {m.aside(m.basis[item.amount.basis])} · <span class={`badge conf-${item.amount.confidence}`}>{m.confidence[item.amount.confidence]}</span> · {m.amountSourcesLabel}
          <SourceTitles ids={item.amount.sources} />
          {item.amount.note && (
            <>
              <br />
              <Txt text={item.amount.note} />
            </>
          )}
        </p>
      )}
      <p>
        <span class="label">{m.officeLabel}</span>
        {item.office.name ? <Txt text={item.office.name} /> : m.officeUnknown}
        {channels.map((c, i) => (
          <span key={i}>
            {' · '}
            <Txt text={c} />
          </span>
        ))}
      </p>
      <div class="item-sources">
        {item.citations.map((c, i) => (
          <Citation key={i} cite={c} />
        ))}
      </div>
    </details>
  );
}

/** Sources named by their titles, in a list (Chinese titles marked as such in the English view). */
function SourceTitles({ ids }: { ids: string[] }) {
  const { catalog } = useApp();
  const m = useMessages();
  return <Marked text={sourceTitles(catalog.ruleset.sources, ids).join(m.listSeparator)} />;
}

/** A parameter's values by date (and place), each with its confidence and sources. */
function AboutParameter({ p }: { p: ParameterT }) {
  const { catalog, locale } = useApp();
  const m = useMessages(aboutZh);
  const options = p.by ? catalog.fact(p.by).options ?? [] : [];
  const place = (where: string[] | undefined) =>
    where ? where.map((w) => pick(options.find((o) => o.value === w)?.label ?? { zh: w, en: w }, locale.locale.value)).join(m.listSeparator) : m.paramEverywhere;
  const heads = [m.paramFrom, ...(p.by ? [m.paramWhere] : []), m.paramValue(pick(p.unit, locale.locale.value)), m.paramConfidence, m.paramSources];
  return (
    <div class="param" data-param={p.id}>
      <h4>
        <Txt text={p.label} />
      </h4>
      {p.note && (
        <p class="muted">
          <Txt text={p.note} />
        </p>
      )}
      {/* A phone shows each row as a block, its cells labelled (about.css): the explicit roles keep it a table to a
          screen reader, which a changed CSS display may not. */}
      <div class="table-scroll" tabIndex={0} role="region" aria-label={pick(p.label, locale.locale.value)}>
        <table role="table">
          <thead>
            <tr role="row">
              {heads.map((h) => (
                <th key={h} scope="col" role="columnheader">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.values.map((v, i) => (
              <tr key={i} role="row">
                {[
                  v.from,
                  ...(p.by ? [place(v.where)] : []),
                  v.value === null ? m.paramUnknownValue : num(v.value),
                  <span class={`badge conf-${v.confidence}`}>{m.confidence[v.confidence]}</span>,
                  <SourceTitles ids={v.sources} />,
                ].map((cell, c) => (
                  <td key={c} role="cell" data-label={heads[c] + m.colon}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
