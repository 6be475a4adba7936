/**
 * The messages under the header, on every page: storage that cannot keep drafts, results a rules update changed, a new
 * version waiting (non-modal: the interview goes on until the user chooses), and "ready to work offline".
 * They sit in one polite live region, so a screen reader hears each as it appears without losing its place.
 */
import { ChangesNotice } from './ChangesNotice.tsx';
import { DamagedNotice } from './DamagedNotice.tsx';
import { useApp, useMessages } from './app-context.ts';

/** The storage warning: drafts only in memory, or the last save failed. */
function StorageBanner() {
  const { drafts } = useApp();
  const m = useMessages();
  const fault = drafts.fault.value;
  // Each fault in the words of what the user can do about it: a private window, another tab, a newer version, a failure.
  const problem = drafts.problem.value ?? (fault === 'error' ? 'failed' : fault);
  if (!problem) return null;
  return (
    <p class="banner warn" data-testid="storage-banner" data-problem={problem}>
      {m.storage[problem]}
    </p>
  );
}

/** "A new version is available": update now (the draft is saved first) or later. */
function UpdatePrompt() {
  const { update } = useApp();
  const m = useMessages();
  if (!update.available.value) return null;
  return (
    <section class="banner update" aria-labelledby="update-heading" data-testid="update-prompt">
      <h2 id="update-heading">{m.update.available}</h2>
      <p>{m.update.text}</p>
      <div class="row-actions">
        <button type="button" class="button small" onClick={() => void update.accept()}>
          {m.update.apply}
        </button>
        <button type="button" class="button small" onClick={() => update.later()}>
          {m.update.later}
        </button>
      </div>
    </section>
  );
}

/** "Ready to work offline", shown once after the first install. */
function OfflineReady() {
  const { update } = useApp();
  const m = useMessages();
  if (!update.offlineReady.value) return null;
  return (
    <p class="banner ok" data-testid="offline-ready">
      {m.update.offlineReady}{' '}
      <button type="button" class="button small" onClick={() => update.dismissOffline()}>
        {m.update.dismiss}
      </button>
    </p>
  );
}

/** Another tab merged its answers into the draft on screen, or deleted it. */
function TabNotice() {
  const { drafts } = useApp();
  const m = useMessages();
  const told = drafts.tabNotice.value;
  if (!told) return null;
  return (
    <p class="banner warn" data-testid="tab-notice" data-notice={told}>
      {m.tabs[told]}{' '}
      <button type="button" class="button small" onClick={() => drafts.dismissTabNotice()}>
        {m.tabs.dismiss}
      </button>
    </p>
  );
}

/** All of them, in one live region. */
export function Notices() {
  return (
    <div class="notices" aria-live="polite">
      <StorageBanner />
      <DamagedNotice />
      <TabNotice />
      <UpdatePrompt />
      <ChangesNotice />
      <OfflineReady />
    </div>
  );
}
