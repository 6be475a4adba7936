/** The short "why" outside the details: the conditions not met, or what still has to be settled. */
import { failedConditions, openFacts, type ItemResult } from '../../state/index.ts';
import { FactList } from './FactList.tsx';
import { Txt } from '../shell/Txt.tsx';
import { useApp, useMessages } from '../shell/app-context.ts';

/** Reasons and open questions for one result. */
export function ItemReasons({ result }: { result: ItemResult }) {
  const { session } = useApp();
  const m = useMessages();
  const { toAsk, unknown } = openFacts(result, session.answers.value);
  if (result.status === 'not-eligible') {
    // Lean reading: the engine builds the explanation's parts when first read, and words only the failed ones here.
    const failed = failedConditions(result);
    return (
      <div class="reasons">
        <p class="label">{m.reasonsNotEligible}</p>
        <ul class="reason-list marked">
          {failed.map((c, i) => (
            <li key={i}>
              <span class="mark" aria-hidden="true">
                ✗
              </span>
              <span>
                <span class="visually-hidden">{m.markFalse}{m.colon}</span>
                <Txt text={c.text} />
              </span>
            </li>
          ))}
        </ul>
        {result.eligibleFrom && (
          <p class="near-miss" data-testid="eligible-from">
            {toAsk.length > 0 ? m.eligibleFromIfAnswered(result.eligibleFrom, toAsk.length) : m.eligibleFrom(result.eligibleFrom)}
          </p>
        )}
      </div>
    );
  }
  // The full list of open questions sits in the details; here only what the person can act on. The root's
  // unknown parameters are known without building any of its parts.
  const params = result.status === 'needs-info' && result.explanation.unknownParams.length > 0;
  if (!toAsk.length && !unknown.length && !params) return null;
  return (
    <div class="reasons">
      {toAsk.length > 0 && <p>{m.openQuestionsCount(toAsk.length)}</p>}
      {unknown.length > 0 && (
        <>
          <p class="label">{m.saidDontKnow}</p>
          <FactList ids={unknown} />
        </>
      )}
      {params && <p>{m.unknownParams}</p>}
    </div>
  );
}
