/** One condition of an explanation with its mark (✓ met, ✗ not met, ? unknown), detail, citation and note; recursive. */
import type { ConditionResult } from '../state/index.ts';
import { Citation } from './Citation.tsx';
import { Txt } from './Txt.tsx';
import { useMessages } from './app-context.ts';

const MARK = { true: '✓', false: '✗', null: '?' } as const;

/** A condition and its sub-conditions as nested list items. */
export function ConditionNode({ node }: { node: ConditionResult }) {
  const m = useMessages();
  const key = String(node.value) as 'true' | 'false' | 'null';
  const state = { true: m.markTrue, false: m.markFalse, null: m.markUnknown }[key];
  return (
    <li class={`cond cond-${key}`} data-value={key}>
      <div class="cond-head">
        {/* The symbol is decoration; the words after it carry the meaning for screen readers and colour-blind readers. */}
        <span class="mark" aria-hidden="true">
          {MARK[key]}
        </span>
        <span class="cond-text">
          <span class="visually-hidden">{state}：</span>
          <Txt text={node.text} />
        </span>
      </div>
      {node.detail && (
        <p class="detail">
          <Txt text={node.detail} />
        </p>
      )}
      {node.cite && <Citation cite={node.cite} />}
      {node.note && (
        <p class="note">
          <span class="label">{m.noteLabel}</span>
          <Txt text={node.note} />
        </p>
      )}
      {node.children && node.children.length > 0 && (
        <ul class="conditions">
          {node.children.map((c, i) => (
            <ConditionNode key={i} node={c} />
          ))}
        </ul>
      )}
    </li>
  );
}
