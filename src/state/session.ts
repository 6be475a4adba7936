/**
 * The interview: answers, evaluation date and who is asking go in; the evaluation and the question to show
 * come out as computed signals. Actions are the only way to change them (answer, skip, back, edit, reset).
 */
import { computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import { checkAnswer, evaluate, givenAnswer, questionsLeft, warmUpSteps } from '../engine/index.ts';
import type { AnswerValueT, Answers, ApplicantKindT, Evaluation, Ruleset } from '../engine/index.ts';
import { ChoiceModel, type ChoiceState } from './choice.ts';

/** One answer given, with what it replaced, so Back can undo exactly that step. */
interface Step {
  fact: string;
  before: AnswerValueT | null | undefined;
}

/** The question on screen: the engine's top question, or one the user reopened with Back or Edit. */
export interface CurrentQuestion {
  fact: string;
  /** The answer to show in the form: the one being changed or undone (`null` = "don't know"). */
  prefill: AnswerValueT | null | undefined;
  reason: 'next' | 'back' | 'edit';
  /** Changes each time a question is reopened, so the form starts afresh from the prefill. */
  serial: number;
}

/** A saved interview: what a draft holds of the session. */
export interface SavedSession {
  answers: Answers;
  asOf: string;
  audiences: string[];
}

function without(answers: Answers, fact: string): Answers {
  const { [fact]: _gone, ...rest } = answers;
  return rest;
}

/**
 * The session model, around who is asking and the evaluation date as the first screen chose them (choice.ts), or
 * around a fresh choice on `today` (from src/state/clock.ts: the engine never reads the clock). `texts` counts the
 * text packs put into the ruleset (src/state/texts.ts): the explanations quote those texts, so each one re-evaluates.
 */
export const SessionModel = createModel((ruleset: Ruleset, chosen: ChoiceState | string, texts?: ReadonlySignal<number>) => {
  const choice = typeof chosen === 'string' ? new ChoiceModel(chosen) : chosen;
  const { asOf, audiences } = choice;
  const answers = signal<Answers>({});
  const steps = signal<Step[]>([]);
  const reopened = signal<CurrentQuestion | null>(null);
  // Counts the interviews replaced by load(): what belongs to one person (checklist ticks) starts afresh with the next.
  const generation = signal(0);
  let serial = 0;

  const applicants = computed<ApplicantKindT[]>(() => {
    const kinds = new Set((ruleset.audiences ?? []).filter((a) => audiences.value.includes(a.id)).map((a) => a.applicant));
    return (['person', 'organisation'] as const).filter((k) => kinds.has(k));
  });
  // A text pack changes texts in place, and the engine remembers results per ruleset object (src/engine/reuse.ts):
  // after each pack the evaluation runs on a fresh shallow copy, so no result keeps the texts of before (the compiled
  // rules are shared by the copy: src/engine/compiled.ts).
  const rules = computed(() => (texts && texts.value > 0 ? { ...ruleset } : ruleset));
  const evaluation = computed<Evaluation>(() =>
    evaluate(rules.value, { answers: answers.value, asOf: asOf.value, applicants: applicants.value, audiences: audiences.value }),
  );
  /** The questions to show, most decisive first: a reopened one alone, else the engine's ranking. */
  const upcoming = computed<CurrentQuestion[]>(() =>
    reopened.value ? [reopened.value] : evaluation.value.next.map((q) => ({ fact: q.fact, prefill: undefined, reason: 'next', serial: 0 })),
  );
  const current = computed<CurrentQuestion | null>(() => upcoming.value[0] ?? null);
  const canGoBack = computed(() => steps.value.length > 0);
  const answeredCount = computed(() => Object.keys(answers.value).length);
  /** About how many questions are still to come (the engine's estimate, not every open question). */
  const questionsToCome = computed(() => questionsLeft(evaluation.value.next));

  // A local function, so skip() does not depend on how the UI binds `this`.
  const answer = (fact: string, value: AnswerValueT | null) => {
    const prev = answers.value;
    steps.value = [...steps.value, { fact, before: givenAnswer(prev, fact) }];
    answers.value = { ...prev, [fact]: value };
    reopened.value = null;
  };

  return {
    answers: answers as ReadonlySignal<Answers>,
    asOf,
    audiences,
    applicants,
    evaluation,
    upcoming,
    current,
    canGoBack,
    answeredCount,
    questionsToCome,
    generation: generation as ReadonlySignal<number>,

    /** The first evaluation's groundwork (compiling the rules, the caps on the date), as steps to run while the page
     * is idle, so that choosing who is asking is not one long task on a slow phone. */
    warmUp: () => warmUpSteps(rules.value, asOf.value),
    /** Records an answer (`null` = "don't know") and moves on to the engine's next question. */
    answer,
    /** "不清楚": the engine then never offers this fact again. */
    skip(fact: string) {
      answer(fact, null);
    },
    /** Undoes the last answer and shows that question again with the undone answer filled in. */
    back() {
      const last = steps.value.at(-1);
      if (!last) return;
      const undone = answers.value[last.fact];
      steps.value = steps.value.slice(0, -1);
      answers.value = last.before === undefined ? without(answers.value, last.fact) : { ...answers.value, [last.fact]: last.before };
      reopened.value = { fact: last.fact, prefill: undone, reason: 'back', serial: ++serial };
    },
    /** Reopens an answered question; its answer keeps counting until a new one is given. */
    edit(fact: string) {
      reopened.value = { fact, prefill: answers.value[fact], reason: 'edit', serial: ++serial };
    },
    /** Leaves a reopened question without changing its answer. */
    cancelEdit() {
      reopened.value = null;
    },
    /** Starts over: clears every answer; the evaluation date and who is asking stay as set. */
    reset() {
      answers.value = {};
      steps.value = [];
      reopened.value = null;
    },
    /** Sets the evaluation date; refuses (returns false) anything but a real YYYY-MM-DD date. */
    setAsOf: (iso: string) => choice.setAsOf(iso),
    /**
     * Replaces the whole interview with a saved one (a draft opened or imported). Answers to questions this ruleset
     * no longer has, or no longer accepts, and unknown audiences are left out: their ids are returned.
     */
    load(saved: SavedSession): string[] {
      const facts = new Map(ruleset.facts.map((f) => [f.id, f]));
      const kept: Answers = {};
      const dropped: string[] = [];
      for (const [id, v] of Object.entries(saved.answers)) {
        const fact = facts.get(id);
        if (fact && (v === null || checkAnswer(fact, v) === undefined)) kept[id] = v;
        else dropped.push(id);
      }
      const known = new Set((ruleset.audiences ?? []).map((a) => a.id));
      dropped.push(...saved.audiences.filter((a) => !known.has(a)));
      answers.value = kept;
      choice.setAudiences(saved.audiences.filter((a) => known.has(a)));
      choice.setAsOf(saved.asOf);
      steps.value = [];
      reopened.value = null;
      generation.value++;
      return dropped;
    },
    /** Ticks or unticks one audience; items of no chosen audience drop out as not applicable, answers stay. */
    toggleAudience: (id: string, on: boolean) => choice.toggleAudience(id, on),
  };
});

/** One session's model instance. */
export type Session = InstanceType<typeof SessionModel>;
