/** A bulleted list of questions, by fact id, in the current language. */
import { Txt } from '../shell/Txt.tsx';
import { useApp } from '../shell/app-context.ts';

/** The labels of some facts as a list. */
export function FactList({ ids }: { ids: string[] }) {
  const { catalog } = useApp();
  return (
    <ul class="reason-list">
      {ids.map((f) => (
        <li key={f}>
          <Txt text={catalog.fact(f).label} />
        </li>
      ))}
    </ul>
  );
}
