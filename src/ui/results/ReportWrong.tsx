/**
 * "这个结果不对？": saves this item's result as a case file for the policy authors (README: where such files go). The
 * file holds the answers and the date, never a name; nothing is sent anywhere.
 */
import { useApp, useMessages } from '../shell/app-context.ts';
import { download } from '../drafts/draft-words.ts';
import { explanationZh } from '../../i18n/explanation.zh-CN.ts';

export function ReportWrong({ id }: { id: string }) {
  const { share, update } = useApp();
  const m = useMessages(explanationZh);
  const save = () => {
    const today = new Date().toISOString().slice(0, 10);
    share.caseFile(id, today).then(
      (text) => download(`hz-benefits-case-${id}-${today}.yaml`, text, 'text/yaml'),
      () => update.markStale(), // Its code could not be loaded: the page offers a reload.
    );
  };
  return (
    <p class="report-wrong">
      <button type="button" class="button link" onClick={save} data-testid="report-wrong">
        {m.reportWrong}
      </button>
    </p>
  );
}
