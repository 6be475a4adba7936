/**
 * A hand-off link opened on this device: what it is, from when, and "keep as a draft"; the results that differ under
 * this device's rules, by name; or, for a damaged or foreign link, that nothing was changed.
 */
import { useState } from 'preact/hooks';
import { ChangeList } from './ChangesNotice.tsx';
import { useApp, useMessages } from './app-context.ts';

export function SharedNotice() {
  const { share, drafts, catalog } = useApp();
  const m = useMessages();
  const [kept, setKept] = useState(false);
  const o = share.opened.value;
  if (!o) return null;
  if (!o.ok) {
    return (
      <p class="banner warn" data-testid="shared-refused">
        {m.share.refused}{' '}
        <button type="button" class="button small" onClick={() => share.dismiss()}>
          {m.share.dismiss}
        </button>
      </p>
    );
  }
  const keep = async () => {
    await drafts.keepPreview();
    history.replaceState(null, '', location.pathname + location.search);
    setKept(true);
  };
  return (
    <section class="panel notice shared" aria-labelledby="shared-heading" data-testid="shared-notice">
      <h2 id="shared-heading">{m.share.openedHeading}</h2>
      {kept || !drafts.previewing.value ? <p role="status">{m.share.kept}</p> : <p>{m.share.openedText(o.asOf)}</p>}
      {o.fromVersion !== null && (
        <>
          <p>{m.share.otherRules(o.fromVersion, catalog.ruleset.version)}</p>
          {o.changes.length > 0 ? <ChangeList changes={o.changes} /> : <p>{m.changes.none}</p>}
        </>
      )}
      {o.dropped.length > 0 && <p>{m.changes.dropped(o.dropped.length)}</p>}
      <div class="row-actions">
        {drafts.previewing.value && (
          <button type="button" class="button small primary" onClick={() => void keep()}>
            {m.share.keep}
          </button>
        )}
        <button type="button" class="button small" onClick={() => share.dismiss()}>
          {m.share.dismiss}
        </button>
      </div>
    </section>
  );
}
