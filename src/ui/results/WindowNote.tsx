/** Where the evaluation date stands against an item's application window: closes on…, opens on…, or passed. */
import type { WindowStatus } from '../../state/index.ts';
import type { Messages } from '../../i18n/index.ts';

/** The window's state in words, or null when the rules give no dated window (or its date is not answered yet). */
export function windowWords(w: WindowStatus | undefined, m: Messages): string | null {
  if (!w || w.state === 'unknown') return null;
  if (w.state === 'open') return m.windowOpenUntil(w.closes!);
  if (w.state === 'not-yet') return m.windowNotYet(w.opens!);
  return w.nextOpens ? m.windowPassedNext(w.closes!, w.nextOpens) : m.windowPassed(w.closes!);
}
