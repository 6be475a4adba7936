/**
 * The engine helpers and types the UI may use. The UI imports them from here, never from src/engine,
 * so the state layer stays the single door between the page and the rules.
 */
export { amountShape, checkAnswer, isRealDate, num, optionLabel, overText, servicesFor, sourceTitles, valueText } from '../engine/index.ts';
export type {
  AmountBasisT,
  AmountResult,
  AmountShape,
  AnswerValueT,
  Answers,
  ApplicantKindT,
  CitationT,
  ConditionResult,
  ConfidenceT,
  Conflict,
  Evaluation,
  FactT,
  ItemApplicantT,
  ParameterT,
  ItemResult,
  LastPublished,
  NotCoveredT,
  ServiceT,
  RuleItem,
  Ruleset,
  SourceT,
  StatusT,
  TextT,
  WindowStatus,
} from '../engine/index.ts';
