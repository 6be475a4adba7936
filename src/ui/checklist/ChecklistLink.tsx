/** The results' way to the printable checklist: shown once there is an eligible item, or the interview is over. */
import { useApp, useMessages } from '../shell/app-context.ts';

/** A link styled as a button: it changes the page (the #checklist hash), so the back button returns here. */
export function ChecklistLink() {
  const { checklist, session, view } = useApp();
  const m = useMessages();
  const candidates = checklist.candidates.value;
  const ready = candidates.some((r) => r.status === 'eligible') || (candidates.length > 0 && !session.current.value);
  if (!ready) return null;
  return (
    <p class="checklist-link">
      <a class="button secondary" href={view.href('checklist')} data-testid="open-checklist">
        {m.checklistOpen}
      </a>
    </p>
  );
}
