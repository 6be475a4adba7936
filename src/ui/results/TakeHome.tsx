/**
 * "带回手机查看": the interview as a QR code and a link, for the resident's own phone. Shown only on request, with what
 * the code holds said first, so staff at a counter know what they show before they show it.
 */
import { useState } from 'preact/hooks';
import { QrCode } from './QrCode.tsx';
import { pick, useApp, useMessages } from '../shell/app-context.ts';

export function TakeHome() {
  const { share, session, catalog, locale, shareBase } = useApp();
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const [said, setSaid] = useState('');
  const fragment = share.fragment.value;
  if (!fragment) return null;
  const link = shareBase + fragment;
  const chosen = session.audiences.value;
  const who = (catalog.ruleset.audiences ?? []).filter((a) => chosen.includes(a.id)).map((a) => pick(a.label, locale.locale.value)).join(m.listSeparator);
  const results = session.evaluation.value.items.filter((r) => r.status === 'eligible' || r.status === 'needs-info').length;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setSaid(m.share.copied);
    } catch {
      setSaid(m.share.copyFailed);
    }
  };
  return (
    <section class="panel take-home" aria-labelledby="take-home-heading" data-testid="take-home">
      <h3 id="take-home-heading">{m.share.heading}</h3>
      <p class="muted" data-testid="share-contains">
        {m.share.contains(session.asOf.value, who, session.answeredCount.value, results)}
      </p>
      <div class="row-actions">
        <button type="button" class="button small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? m.share.hide : m.share.show}
        </button>
        <button type="button" class="button small" onClick={() => void copy()}>
          {m.share.copy}
        </button>
      </div>
      {/* Empty, it takes no line: the status region stays in the page so the "copied" message is still announced. */}
      <p role="status" class={said ? 'muted' : 'muted empty-status'}>
        {said}
      </p>
      {/* How to use it is said with the code itself; before that, what it holds (for staff to read first). */}
      {open && <p>{m.share.intro}</p>}
      {open && (
        <div class="qr-box">
          <QrCode text={link} label={m.share.qrLabel} />
          <p class="share-link">
            <span class="visually-hidden">{m.share.linkLabel}</span>
            <a href={link} data-testid="share-link">
              {link.length > 60 ? `${link.slice(0, 56)}…` : link}
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
