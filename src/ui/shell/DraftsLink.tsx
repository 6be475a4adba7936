/** The header's way to the drafts page, one click from anywhere, with the number of saved drafts. */
import { useApp, useMessages } from './app-context.ts';

export function DraftsLink() {
  const { drafts, view } = useApp();
  const m = useMessages();
  return (
    <a class="drafts-link" href={view.href('drafts')} aria-current={view.view.value === 'drafts' ? 'page' : undefined} data-testid="drafts-link">
      {m.draftsLink(drafts.list.value.length)}
    </a>
  );
}
