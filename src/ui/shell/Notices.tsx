/**
 * The messages under the header, on every page: storage that cannot keep drafts, results a rules update changed, a new
 * version waiting (non-modal: the interview goes on until the user chooses), and "ready to work offline".
 * They sit in one polite live region, so a screen reader hears each as it appears without losing its place.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useApp, useMessages } from './app-context.ts';
import { ReloadBanner } from './App.tsx';
import { lazy } from './lazy.tsx';

// Rare notices, each loaded the first time it has something to say (issue 14).
const ChangesNotice = lazy(() => import('./ChangesNotice.tsx').then((m) => m.ChangesNotice));
const DamagedNotice = lazy(() => import('./DamagedNotice.tsx').then((m) => m.DamagedNotice));
const SharedNotice = lazy(() => import('./SharedNotice.tsx').then((m) => m.SharedNotice));

/** Renders a rare notice from the first time `due` is true on (it may keep something to say, e.g. "deleted"). */
function Once({ due, children }: { due: boolean; children: ComponentChildren }) {
  const seen = useRef(false);
  seen.current ||= due;
  return seen.current ? <>{children}</> : null;
}

/** This page's address in a window of its own (not embedded). */
function fullWindowHref(): string {
  const url = new URL(location.href);
  url.searchParams.delete('embed');
  return url.href;
}

/** The storage warning: drafts only in memory, or the last save failed. */
function StorageBanner() {
  const { drafts, embedded } = useApp();
  const m = useMessages();
  const fault = drafts.fault.value;
  // Each fault in the words of what the user can do about it: a private window, another tab, a newer version, a
  // failure — or, inside another site's frame, the frame itself, which a window of its own does not have.
  const framed = embedded && (fault === 'unavailable' || fault === 'error');
  const problem = drafts.problem.value ?? (framed ? 'framed' : fault === 'error' ? 'failed' : fault);
  if (!problem) return null;
  return (
    <p class="banner warn" data-testid="storage-banner" data-problem={problem}>
      {m.storage[problem]}
      {problem === 'framed' && (
        <>
          {' '}
          <a href={fullWindowHref()} target="_blank" rel="noopener" data-testid="open-full">
            {m.storage.openFull}
          </a>
        </>
      )}
    </p>
  );
}

/** "A new version is in use": another tab took it, or a file of this version is gone. Reload, the draft saved first. */
function StalePrompt() {
  const { update } = useApp();
  const m = useMessages();
  if (!update.stale.value) return null;
  return <ReloadBanner text={m.update.stale} reload={() => void update.reload()} />;
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

/** "Ready to work offline", shown once after the first install, as a toast over the page (steady.css): it arrives
 * seconds after load, and a banner in the flow pushed the page down under the reader's eyes. */
function OfflineReady() {
  const { update } = useApp();
  const m = useMessages();
  const shown = update.offlineReady.value;
  // A toast floats over the page: it goes by itself, so it never stays over a QR code or a button.
  useEffect(() => {
    if (!shown) return;
    const t = setTimeout(() => update.dismissOffline(), 12_000);
    return () => clearTimeout(t);
  }, [shown]);
  if (!shown) return null;
  return (
    <p class="banner ok toast" data-testid="offline-ready">
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
  const { drafts, share } = useApp();
  return (
    <div class="notices" aria-live="polite">
      <StorageBanner />
      <StalePrompt />
      <Once due={drafts.damaged.value !== null}>
        <DamagedNotice />
      </Once>
      <TabNotice />
      <Once due={share.opened.value !== null}>
        <SharedNotice />
      </Once>
      <UpdatePrompt />
      <Once due={drafts.notice.value !== null}>
        <ChangesNotice />
      </Once>
      <OfflineReady />
    </div>
  );
}
