/**
 * Saved records that cannot be read (damaged, crafted, or from another version): the calculator works regardless, and
 * the user can save them to a file (for the office or a developer) before deleting them.
 */
import { useState } from 'preact/hooks';
import { useApp, useMessages } from './app-context.ts';
import { download } from '../drafts/draft-words.ts';

/** The records as JSON text; whatever the disk held (a BigInt too) becomes text rather than an error. */
function recordsText(records: unknown[]): string {
  try {
    return JSON.stringify({ format: 'hz-benefits-unreadable', records }, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v), 2);
  } catch {
    return JSON.stringify({ format: 'hz-benefits-unreadable', records: records.map((r) => String(r)) });
  }
}

export function DamagedNotice() {
  const { drafts } = useApp();
  const m = useMessages();
  const [dropped, setDropped] = useState(false);
  const damaged = drafts.damaged.value;
  if (!damaged) return dropped ? <p class="banner ok">{m.damaged.dropped}</p> : null;
  return (
    <section class="banner warn" aria-labelledby="damaged-heading" data-testid="damaged-notice">
      <h2 id="damaged-heading">{m.damaged.heading}</h2>
      <p>{damaged.whole ? m.damaged.whole : m.damaged.some(damaged.records.length)}</p>
      <div class="row-actions">
        {damaged.records.length > 0 && (
          <button
            type="button"
            class="button small"
            onClick={() => download(`hz-benefits-unreadable-${new Date().toISOString().slice(0, 10)}.json`, recordsText(damaged.records))}
          >
            {m.damaged.exportIt}
          </button>
        )}
        <button
          type="button"
          class="button small danger"
          onClick={async () => {
            await drafts.dropDamaged();
            setDropped(true);
          }}
        >
          {damaged.whole ? m.damaged.dropAll : m.damaged.drop}
        </button>
      </div>
    </section>
  );
}
