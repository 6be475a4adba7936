/** The state layer's public face: build the app's state once at start-up and hand it to the UI. */
import type { Ruleset } from '../engine/index.ts';
import { makeCatalog, type Catalog } from './catalog.ts';
import type { Locale } from './locale.ts';
import { SessionModel, type Session } from './session.ts';
import { createShell, type Shell, type ShellState } from './shell.ts';
import { ChecklistModel, type ChecklistState } from './checklist.ts';
import { DraftsModel, type DraftsOptions, type DraftsState } from './drafts.ts';
import { UpdateModel, type UpdateState } from './app-update.ts';
import { IdleModel, type IdleState } from './idle.ts';
import { ShareModel, type ShareState } from './share.ts';
import { TextsModel, textsReady, type TextPacks, type TextsState } from './texts.ts';
import type { DeviceMode } from './device-mode.ts';
import { computed, effect, type ReadonlySignal } from '@preact/signals';

export type { Catalog } from './catalog.ts';
export type { CurrentQuestion, Session } from './session.ts';
export type { Locale, LocaleState } from './locale.ts';
export type { View, ViewState } from './view.ts';
export type { DisplayState } from './display.ts';
export type { ChecklistState } from './checklist.ts';
export type { Checklist, ChecklistItem } from '../checklist/build-checklist.ts';
export type { DraftSummary, DraftsState, ImportOutcome, OpenNotice, SaveProblem } from './drafts.ts';
export type { AmountFigure, ResultChange } from './result-changes.ts';
export type { UpdateState } from './app-update.ts';
export type { IdleState } from './idle.ts';
export type { Opened, ShareState } from './share.ts';
export { textsReady, type TextPacks, type TextsState } from './texts.ts';
export { createShell, type Shell, type ShellRules, type ShellState } from './shell.ts';
export { deviceMode, type DeviceMode } from './device-mode.ts';
export { draftOf, readDraft, type Draft, type DraftProblem, type DraftResult } from './answer-input.ts';
export { failedConditions, openFacts, possibleConflicts } from './results.ts';
export * from './engine.ts';

/** Everything the UI reads: the first screen's state, the session, and the ruleset lookups. */
export interface AppState extends ShellState {
  session: Session;
  catalog: Catalog;
  checklist: ChecklistState;
  drafts: DraftsState;
  update: UpdateState;
  /** The hand-off link of the interview on screen, and a link opened here. */
  share: ShareState;
  /** The ruleset's texts loaded by need: items' own texts, the sources, English. */
  texts: TextsState;
  /** The words of the questions of who is asking and of the answers given (they come in packs by audience): the page
   * shows a question, the results or an answer once `ready`; `load` is what an action waits for (focus). */
  questionTexts: { ready: ReadonlySignal<boolean>; load(): Promise<void> };
  /** Where a hand-off link points: the public address of the app (the build's VITE_PUBLIC_URL, else this page's). */
  shareBase: string;
  /** Set at a service counter: the idle wipe (the "next person" action is drafts.nextPerson). Null on a resident's device. */
  counter: { idle: IdleState; idleMinutes: number } | null;
}

/** How long the idle warning counts down before the wipe. */
const WARN_MS = 60_000;

/** Creates the app's state on the first screen's (`shell`: the page hands the state to it once drawn; made here, and
 * handed at once, when there was none); `now` is injectable so a test can pin "today". */
export function createAppState(
  ruleset: Ruleset,
  options: {
    now?: Date;
    locale?: Locale;
    hash?: string;
    drafts?: DraftsOptions;
    mode?: DeviceMode;
    embedded?: boolean;
    shareBase?: string;
    /** The loaders of the ruleset's text packs (main.tsx); without them the ruleset must hold every text. */
    textPacks?: TextPacks;
    shell?: Shell;
  } = {},
): AppState {
  const shell = options.shell ?? createShell({ version: ruleset.version, hash: ruleset.hash, audiences: ruleset.audiences ?? [] }, options);
  const texts = new TextsModel(ruleset, { packs: options.textPacks ?? null, onStaleCode: () => update.markStale() });
  const session = new SessionModel(ruleset, shell.choice, texts.revision);
  const mode = options.mode ?? { counter: false, idleMinutes: 10 };
  // What drafts count a change from: the empty interview the page started with, even when the first screen has a
  // choice already.
  const pristine = { answers: {}, asOf: shell.choice.today.value, audiences: [] };
  const drafts = new DraftsModel(session, ruleset, { counter: mode.counter, onStaleCode: () => update.markStale(), pristine, ...options.drafts });
  const update = new UpdateModel(() => drafts.flush());
  const idle = () =>
    new IdleModel({ idleMs: mode.idleMinutes * 60_000, warnMs: WARN_MS, holdsPerson: () => drafts.holdsPerson.value, wipe: () => drafts.nextPerson() });
  // The questions' texts follow who is asking and what is answered (a draft or link may hold other audiences' answers).
  const questionTexts = {
    ready: computed(() => textsReady(texts, { facts: Object.keys(session.answers.value), audiences: session.audiences.value })),
    load: () => texts.loadFacts(Object.keys(session.answers.value), session.audiences.value),
  };
  effect(() => void questionTexts.load().catch(() => undefined));
  const app: AppState = {
    locale: shell.locale,
    display: shell.display,
    view: shell.view,
    choice: shell.choice,
    rules: shell.rules,
    embedded: shell.embedded,
    calculator: shell.calculator,
    counter: mode.counter ? { idle: idle(), idleMinutes: mode.idleMinutes } : null,
    session,
    checklist: new ChecklistModel(ruleset, session, texts.revision, () => update.markStale()),
    drafts,
    update,
    share: new ShareModel(ruleset, session, drafts),
    texts,
    questionTexts,
    shareBase: options.shareBase ?? '',
    catalog: makeCatalog(ruleset),
  };
  if (!options.shell) shell.arrive(app);
  return app;
}
