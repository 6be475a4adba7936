/** Where a condition comes from: the source's title (and what kind of source it is), article, and the quoted words (kept in Chinese) — or, for a
 * summary marked `paraphrase`, its sense in other words. */
import type { CitationT } from '../../state/index.ts';
import { useApp, useMessages } from '../shell/app-context.ts';

/** One citation line. */
export function Citation({ cite }: { cite: CitationT }) {
  const { catalog } = useApp();
  const m = useMessages();
  const source = catalog.source(cite.source);
  return (
    <div class="cite">
      <p>
        <span class="label">{m.citeLabel}</span>
        {/* Residents know a source by its title, not by the research's id; a reprint or aggregator site says so. */}
        {source ? (
          <span lang="zh-CN" data-source={cite.source}>
            {source.title}
            {source.docNo && !source.title.includes(source.docNo) && `（${source.docNo}）`}
          </span>
        ) : (
          <span data-source={cite.source}>{m.confidence.unknown}</span>
        )}
        {source && source.authority !== 'official' && <span class="src-kind">{m.aside(m.sourceAuthority[source.authority])}</span>}
        {/* An article the title already says ("政策问答：哪些人员…" in both) is not said twice. */}
        {cite.article && !source?.title.includes(cite.article) && (
          <span lang="zh-CN">
            {' · '}
            {cite.article}
          </span>
        )}
      </p>
      {/* A summary in other words is never dressed as a quotation: "大意：…" without the 「」 marks. */}
      {cite.quote && cite.paraphrase && (
        <p class="paraphrase" data-testid="paraphrase">
          <span class="label">{m.paraphraseLabel}</span>
          <span lang="zh-CN">{cite.quote}</span>
        </p>
      )}
      {cite.quote && !cite.paraphrase && (
        <p class="quote">
          <span class="label">{m.quoteLabel}</span>
          <q lang="zh-CN">{cite.quote}</q>
        </p>
      )}
    </div>
  );
}
