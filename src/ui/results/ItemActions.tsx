/** What a resident does next for one item: when to apply, where and how, and how many documents to bring. */
import type { ItemResult, RuleItem } from '../../state/index.ts';
import { windowWords } from './WindowNote.tsx';
import { Txt } from '../shell/Txt.tsx';
import { pick, useApp, useMessages } from '../shell/app-context.ts';

/**
 * The three lines a resident acts on, under the amount. The window's state (closes on…, opens on…) comes from the
 * engine; without a dated window, the item's own words say when. A list of label–value pairs, so a screen reader
 * hears "申请时间：…" as one unit.
 */
export function ItemActions({ result, item }: { result: ItemResult; item: RuleItem }) {
  const { catalog, locale } = useApp();
  const m = useMessages();
  const when = windowWords(result.window, m);
  const channels = item.office.channels.map((id) => catalog.channel(id)).filter((c) => c !== undefined);
  return (
    <dl class="item-actions" data-testid="item-actions">
      {(when || item.window) && (
        <div>
          <dt>{m.windowLabel}</dt>
          <dd data-testid="window-state">{when ?? <Txt text={item.window!.text} />}</dd>
        </div>
      )}
      <div>
        <dt>{m.applyWhereLabel}</dt>
        <dd data-testid="apply-where">
          {item.office.name ? <Txt text={item.office.name} /> : item.office.note ? <Txt text={item.office.note} /> : m.officeUnknown}
          {channels.length > 0 && <span class="channels">{m.aside(channels.map((c) => pick(c, locale.locale.value)).join(m.listSeparator))}</span>}
        </dd>
      </div>
      <div>
        <dt>{m.materialsLabel}</dt>
        <dd data-testid="materials-count">{item.materials.length > 0 ? m.materialsCount(item.materials.length) : m.materialsUnknown}</dd>
      </div>
    </dl>
  );
}
