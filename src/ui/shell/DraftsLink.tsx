/** The header's way to the drafts page, one click from anywhere, with the number of saved drafts. */
import { useMaybeApp, useShell, useMessages } from './app-context.ts';

export function DraftsLink() {
  const { view } = useShell();
  // None to count before the calculator is in: the first screen is shown only on a device that holds no drafts.
  const count = useMaybeApp()?.drafts.list.value.length ?? 0;
  const m = useMessages();
  return (
    <a class="drafts-link" href={view.href('drafts')} aria-current={view.view.value === 'drafts' ? 'page' : undefined} data-testid="drafts-link">
      {m.draftsLink(count)}
    </a>
  );
}
