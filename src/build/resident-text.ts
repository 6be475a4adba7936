/**
 * The ruleset as residents read it. Policy authors write source ids into notes ("…（S8）", "P22署名…") because
 * reviewers check them against the research; a resident knows no ids, so the browser's copy names the source by its
 * title instead. Only texts ({ zh, en }) and source notes change: ids in `cite.source`, `sources:` lists and the
 * content hash stay as written, so results, drafts and hand-off links are the same as the CLI's.
 */
import type { Ruleset, SourceT } from '../engine/types.ts';

/** A source id as authors write it in running text: S8, S3a, X1, P20. */
export const SOURCE_CODE = /\b([SXP]\d+[a-z]?)\b/g;

/** A path into the project's research folder ("../shared/policy/…"), never meant for a reader. */
const RESEARCH_PATH = /[（(]?\.\.\/shared\/[^\s）)，。；]*[）)]?/g;

/** The readable name of a source: its title in 《》 (unless it holds its own, "《…》第三方公开摘要"), with its document
 * number when it has one. */
export function sourceName(source: SourceT): string {
  const title = source.title.includes('《') ? source.title : `《${source.title}》`;
  return source.docNo && !source.title.includes(source.docNo) ? `${title}（${source.docNo}）` : title;
}

/** One string with every known source id replaced by the source's name and research paths removed. */
export function residentString(s: string, sources: Record<string, SourceT>): string {
  return s.replace(RESEARCH_PATH, '').replace(SOURCE_CODE, (code: string) => (sources[code] ? sourceName(sources[code]) : code));
}

/** A copy of `value` with the strings of every { zh, en } text passed through `fix`; other strings are left alone. */
function mapTexts<T>(value: T, fix: (s: string) => string): T {
  if (Array.isArray(value)) return value.map((v) => mapTexts(v, fix)) as T;
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if (typeof o.zh === 'string' && Object.keys(o).every((k) => k === 'zh' || k === 'en')) {
    return { zh: fix(o.zh), en: typeof o.en === 'string' ? fix(o.en) : o.en } as T;
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, mapTexts(v, fix)])) as T;
}

/** The ruleset the browser gets: texts and source notes in words a resident can follow. */
export function forResidents(ruleset: Ruleset): Ruleset {
  const fix = (s: string) => residentString(s, ruleset.sources);
  const { sources, ...rest } = ruleset;
  const readable = Object.fromEntries(Object.entries(sources).map(([id, s]) => [id, s.note ? { ...s, note: fix(s.note) } : s]));
  return { ...mapTexts(rest, fix), sources: readable } as Ruleset;
}
