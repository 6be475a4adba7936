/** Where a condition comes from: source id and title, article, and the quoted words (kept in Chinese) — or, for a
 * summary marked `paraphrase`, its sense in other words. */
import type { CitationT } from '../state/index.ts';
import { useApp, useMessages } from './app-context.ts';

/** One citation line. */
export function Citation({ cite }: { cite: CitationT }) {
  const { catalog } = useApp();
  const m = useMessages();
  const source = catalog.source(cite.source);
  return (
    <div class="cite">
      <p>
        <span class="label">{m.citeLabel}</span>
        <span class="src-id">{cite.source}</span>{' '}
        {source && (
          // Source titles and articles are Chinese documents in both languages; lang lets screen readers read them right.
          <span lang="zh-CN">
            {source.title}
            {source.docNo && `（${source.docNo}）`}
          </span>
        )}
        {cite.article && (
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
