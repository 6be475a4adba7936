/**
 * The first screen's state (issue 14): what the page needs before the calculator's code arrives, so that "who is
 * asking" shows and can be answered from a small first download while the engine, the rules and the storage load.
 * The whole app state (index.ts) is built on this one, with the same objects: a choice made on the first screen is the
 * session's, and the page keeps its elements (and focus) when the calculator takes over.
 */
import { ChoiceModel, type ChoiceState } from './choice.ts';
import { todayIso } from './clock.ts';
import { DisplayModel, type DisplayState } from './display.ts';
import { LocaleModel, type Locale, type LocaleState } from './locale.ts';
import { ViewModel, viewOfHash, type ViewState } from './view.ts';
import type { Ruleset } from '../engine/types.ts';
import type { AppState } from './index.ts';

/** What the first screen shows of the rules (virtual:ruleset-shell): who may be asking, and the version every result
 * rests on. */
export type ShellRules = Pick<Ruleset, 'version' | 'hash'> & { audiences: NonNullable<Ruleset['audiences']> };

export interface ShellState {
  locale: LocaleState;
  display: DisplayState;
  view: ViewState;
  /** Who is asking and the evaluation date: the session's inputs, taken before the session exists. */
  choice: ChoiceState;
  rules: ShellRules;
  /** The page runs inside another page's frame: a storage failure is then the frame's, and a full window may help. */
  embedded: boolean;
  /** The whole app state, once the calculator's code is in and its page drawn (main.tsx); rejected when that code
   * cannot be loaded. */
  calculator: Promise<AppState>;
}

/** A first screen's state, and the two ways its calculator ends: arrived (the whole state), or failed to load. */
export interface Shell extends ShellState {
  arrive(app: AppState): void;
  fail(reason: unknown): void;
}

export function createShell(rules: ShellRules, options: { now?: Date; locale?: Locale; hash?: string; embedded?: boolean } = {}): Shell {
  let arrive!: (app: AppState) => void;
  let fail!: (reason: unknown) => void;
  const calculator = new Promise<AppState>((resolve, reject) => ((arrive = resolve), (fail = reject)));
  // Nobody may be waiting on a failure (nothing was clicked): it is shown by the page, not thrown at the console.
  calculator.catch(() => undefined);
  return {
    locale: new LocaleModel(options.locale ?? 'zh-CN'),
    display: new DisplayModel(),
    view: new ViewModel(viewOfHash(options.hash ?? '')),
    choice: new ChoiceModel(todayIso(options.now)),
    rules,
    embedded: options.embedded ?? false,
    calculator,
    arrive,
    fail,
  };
}
