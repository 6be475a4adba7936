/** The compiled ruleset the engine runs on, and the shapes of its results. */
import type { Total } from './totals.ts';
import type { LastPublished } from './periods.ts';
import type { OverPeriod } from './over-period.ts';
import type { WindowStatus } from './windows.ts';
import type { NotCoveredT, ServiceT } from './schema-services.ts';
import type {
  AmountBasisT,
  AnswerValueT,
  ApplicantKindT,
  ItemApplicantT,
  CaseT,
  CitationT,
  ConfidenceT,
  DefinitionT,
  ExclusionT,
  FactT,
  ItemT,
  ParameterT,
  RulesetHeaderT,
  SourceT,
  StatusT,
  TextT,
} from './schema.ts';

export type { NotCoveredT, ServiceT };
export type { LastPublished, OverPeriod, WindowStatus };
export type { AmountBasisT, AnswerValueT, ApplicantKindT, ItemApplicantT, CitationT, ConfidenceT, FactT, ItemT, ParameterT, SourceT, StatusT, TextT };

/** An item as the app ships it: its cases stay in the policy files and the test runner. */
export type RuleItem = Omit<ItemT, 'cases'> & { cases?: CaseT[] };

/** All policy files, validated and cross-checked, with a version and a content hash. */
export interface Ruleset extends RulesetHeaderT {
  hash: string;
  sources: Record<string, SourceT>;
  parameters: Record<string, ParameterT>;
  facts: FactT[];
  definitions: Record<string, DefinitionT>;
  materials: Record<string, TextT>;
  items: RuleItem[];
  /** Supports without an amount (policies/services.yaml), shown to the audiences they concern. */
  services: ServiceT[];
  /** Related programmes this calculator does not cover, with where to ask. */
  notCovered: NotCoveredT[];
}

/** Answers keyed by fact id; `null` is "I don't know" (never asked again), a missing key is "not asked yet". */
export type Answers = Record<string, AnswerValueT | null>;

/** Three-valued truth: `null` is unknown, and is never taken as true or false. */
export type Truth = boolean | null;

/** One condition's outcome, in words, with the text it rests on. */
export interface ConditionResult {
  value: Truth;
  text: TextT;
  /** What the answers (or parameters) gave, e.g. "回答：2024-06-30". */
  detail?: TextT;
  cite?: CitationT;
  note?: TextT;
  /** Facts whose answers could still settle this condition. */
  missing: string[];
  /** Parameters that have no known value on the evaluation date. */
  unknownParams: string[];
  children?: ConditionResult[];
}

/** An amount: an exact figure, a range while facts are missing, "set by the office" (with any known cap), or none. */
export type AmountResult =
  | { kind: 'none' }
  | ({ kind: 'exact'; value: number; basis: AmountBasisT; maxPeriods?: number; breakdown: TextT[]; confidence: ConfidenceT; sources: string[] } & AmountTime & {
      /** The rate taken over the months (years) and persons asked about. */
      over?: OverPeriod;
    })
  | ({
      kind: 'range'; min: number; max: number | null; basis: AmountBasisT; maxPeriods?: number; breakdown: TextT[]; confidence: ConfidenceT; sources: string[];
      /** Unanswered facts that no source bounds: the amount is shown as "depends on …" (with any known cap). */
      dependsOn?: string[];
      /** The source states a floor ("不低于"): no top, and nothing missing. */
      floor?: true;
    } & AmountTime)
  | ({ kind: 'notStated'; cap?: number; capLabel?: TextT; basis: AmountBasisT; maxPeriods?: number; breakdown: TextT[]; confidence: ConfidenceT; sources: string[] } & AmountTime);

/** What the figure's dates say: the rules (periods of its sources) it rests on, or, once it has lapsed, the figure
 * last published — which the amount never uses. */
export interface AmountTime {
  periods?: { rule: TextT; from?: string; until?: string; sources: string[] }[];
  lastPublished?: LastPublished;
}

/** A stacking rule in force on the evaluation date, as it bears on one item. */
export interface StackingNote {
  rule: ExclusionT['rule'];
  items: string[];
  limit?: TextT;
  scope?: TextT;
  cite: CitationT;
}

export interface ItemResult {
  id: string;
  status: StatusT;
  applicant: ItemApplicantT;
  confidence: ConfidenceT;
  amount: AmountResult;
  /** Its parts (`children`), a comparison's words and the amount's `breakdown` are written when first read (enumerable
   * getters: JSON.stringify, spreads and structuredClone see plain fields). */
  explanation: ConditionResult;
  /** Facts that would settle the status. */
  missing: string[];
  /** Facts that would narrow a range to an exact amount. */
  amountMissing: string[];
  stacking: StackingNote[];
  /** For an item whose window is a rule: whether the evaluation date is in it, and when it opens or closes. */
  window?: WindowStatus;
  /**
   * For a near miss: the earliest later date on which the item would be eligible if nothing but time changes — or,
   * while `missing` lists facts, on which it could be, depending on those answers.
   */
  eligibleFrom?: string;
}

/** Two or more live items that the rules say cannot be combined. */
export interface Conflict {
  items: string[];
  /** True when every item in the conflict is eligible (not merely possible). */
  certain: boolean;
  scope?: TextT;
  cite: CitationT;
}

/** An unanswered fact, with what answering it can still settle. */
export interface NextQuestion {
  fact: string;
  items: string[];
  /** The money at stake: for an open item its largest possible sum, for an open range its width (finite parts only). */
  money: number;
  /** The open items this answer alone may rule out: it settles a condition every way to them needs. */
  rulesOut: string[];
}

export interface Evaluation {
  rulesetId: string;
  rulesetVersion: string;
  rulesetHash: string;
  asOf: string;
  applicants: ApplicantKindT[];
  items: ItemResult[];
  conflicts: Conflict[];
  /** The exact amounts of eligible items added up by basis, counting only one of items that cannot be combined. */
  totals: Total[];
  next: NextQuestion[];
}
