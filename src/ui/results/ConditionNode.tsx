/** One condition of an explanation with its mark (✓ met, ✗ not met, ? unknown), detail, citation and note; recursive. */
import type { ConditionResult } from '../../state/index.ts';
import { Citation } from './Citation.tsx';
import { Txt } from '../shell/Txt.tsx';
import { useMessages } from '../shell/app-context.ts';
import { explanationZh } from '../../i18n/explanation.zh-CN.ts';

const MARK = { true: '✓', false: '✗', null: '?', moot: '–' } as const;

/**
 * A condition and its sub-conditions as nested list items. An unknown part under a settled condition (the other
 * branch of a met "any") is marked as not needed, so nobody thinks it still has to be answered, and shown as one
 * line: its parts, citations and notes would only lengthen the explanation on a phone.
 */
export function ConditionNode({ node, settled = false }: { node: ConditionResult; settled?: boolean }) {
  const m = useMessages(explanationZh);
  const key = node.value === null && settled ? 'moot' : (String(node.value) as 'true' | 'false' | 'null');
  const state = { true: m.markTrue, false: m.markFalse, null: m.markUnknown, moot: m.markMoot }[key];
  const full = key !== 'moot';
  return (
    <li class={`cond cond-${key}`} data-value={key}>
      <div class="cond-head">
        {/* The symbol is decoration; the words after it carry the meaning for screen readers and colour-blind readers. */}
        <span class="mark" aria-hidden="true">
          {MARK[key]}
        </span>
        <span class="cond-text">
          {/* A part not needed says so in words after it (the note), once. */}
          {key !== 'moot' && <span class="visually-hidden">{state}{m.colon}</span>}
          <Txt text={node.text} />
          {key === 'moot' && <span class="moot-note">{m.aside(m.markMoot)}</span>}
        </span>
      </div>
      {full && node.detail && (
        <p class="detail">
          <Txt text={node.detail} />
        </p>
      )}
      {full && node.cite && <Citation cite={node.cite} />}
      {full && node.note && (
        <p class="note">
          <span class="label">{m.noteLabel}</span>
          <Txt text={node.note} />
        </p>
      )}
      {full && node.children && node.children.length > 0 && (
        <ul class="conditions">
          {node.children.map((c, i) => (
            <ConditionNode key={i} node={c} settled={settled || node.value !== null} />
          ))}
        </ul>
      )}
    </li>
  );
}
