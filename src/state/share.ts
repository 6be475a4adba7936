/**
 * Hand-off: the interview on screen as a link (for the QR code on screen and on the printed checklist, and "copy
 * link"), and a link opened on another device shown as it was, then kept as a draft there if the resident wants.
 * A link made under other rules is evaluated under these rules, and the results that changed are named.
 */
import { createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Ruleset } from '../engine/index.ts';
import type { ShareCodes } from '../handoff/share-link.ts';
import type { DraftsState } from './drafts.ts';
import { namedResults, type ResultChange } from './result-changes.ts';
import type { Session } from './session.ts';

/** What opening a link came to: shown (with any changes under these rules), or refused with nothing changed. */
export type Opened = { ok: true; asOf: string; fromVersion: string | null; changes: ResultChange[]; dropped: string[] } | { ok: false };

type Link = typeof import('../handoff/share-link.ts');

export const ShareModel = createModel((ruleset: Ruleset, session: Session, drafts: DraftsState) => {
  const basisOf = (id: string) => ruleset.items.find((i) => i.id === id)?.amount?.basis ?? 'once';
  // The link's code is a chunk of its own (issue 14): loaded when a link is shown (results, checklist) or opened.
  let link: Promise<{ mod: Link; codes: ShareCodes }> | null = null;
  const loadLink = () =>
    (link ??= import('../handoff/share-link.ts').then(
      (mod) => ({ mod, codes: mod.shareCodes(ruleset.facts, ruleset.items) }),
      (e: unknown) => {
        link = null;
        throw e;
      },
    ));
  let latest = 0;
  let stop: (() => void) | null = null;
  // The link follows the interview while something shows it; encoding is asynchronous (CompressionStream), so only
  // the newest one lands. It starts after the page has updated: the link is never what the resident waits for.
  const fragment = signal<string | null>(null, {
    watched() {
      stop = effect(() => {
        const audiences = session.audiences.value;
        const mine = ++latest;
        // Nobody chosen, no link, and no evaluation asked for (the first screen does not run the engine).
        if (audiences.length === 0) return void (fragment.value = null);
        const answers = session.answers.value;
        const asOf = session.asOf.value;
        const results = namedResults(session.evaluation.value);
        setTimeout(() => {
          if (mine !== latest) return;
          loadLink()
            .then(({ mod, codes }) => mod.encodeShare({ rulesVersion: ruleset.version, rulesHash: ruleset.hash, asOf, audiences, answers, results }, codes))
            .then(
              (f) => mine === latest && (fragment.value = f),
              () => mine === latest && (fragment.value = null), // No CompressionStream here: no link, nothing else breaks.
            );
        }, 0);
      });
    },
    unwatched() {
      stop?.();
      stop = null;
    },
  });
  const opened = signal<Opened | null>(null);

  return {
    /** The `#r=…` fragment of the interview on screen; null before anyone is chosen. */
    fragment: fragment as ReadonlySignal<string | null>,
    /** The outcome of the last link opened; null when none was. */
    opened: opened as ReadonlySignal<Opened | null>,
    /** Opens a link's fragment: the interview is shown (not yet saved here); a damaged or foreign one changes nothing. */
    async open(hash: string): Promise<boolean> {
      const code = await loadLink().catch(() => null);
      const shared = code && (await code.mod.decodeShare(hash, code.codes, basisOf));
      const checked = shared && (await drafts.checkShared(shared));
      const otherRules = !!shared && (shared.rulesHash !== ruleset.hash || shared.rulesVersion !== ruleset.version);
      // Only a link from other rules is compared (its code loads then); a file that cannot load is a link not opened.
      const compare = otherRules ? await import('./result-compare.ts').catch(() => null) : null;
      if (!shared || !checked || (otherRules && !compare)) {
        opened.value = { ok: false };
        return false;
      }
      const dropped = await drafts.preview(checked);
      const changes = compare ? compare.compareResults(ruleset, checked.results ?? {}, session.evaluation.value, namedResults) : [];
      opened.value = { ok: true, asOf: checked.asOf, fromVersion: otherRules ? shared.rulesVersion : null, changes, dropped };
      return true;
    },
    /**
     * One item's result as a case file for the policy authors ("这个结果不对？"). Its writer is a chunk of its own
     * (issue 14), loaded at the first report; rejects when it cannot be loaded (this page's version is gone).
     */
    async caseFile(itemId: string, today: string): Promise<string> {
      const ev = session.evaluation.value;
      const r = ev.items.find((x) => x.id === itemId)!;
      const item = ruleset.items.find((i) => i.id === itemId)!;
      const applicants = session.applicants.value;
      const answers = session.answers.value;
      const { caseFileText } = await import('../handoff/case-file.ts');
      return caseFileText({
        item: itemId,
        itemName: item.name.zh,
        rulesVersion: ruleset.version,
        rulesHash: ruleset.hash,
        asOf: ev.asOf,
        applicants,
        answers,
        gave: { status: r.status, amount: r.amount },
        today,
      });
    },
    /** Hides the notice about the link opened. */
    dismiss() {
      opened.value = null;
    },
  };
});

export type ShareState = InstanceType<typeof ShareModel>;
