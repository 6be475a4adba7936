/** Which page is showing: the calculator, "About these rules", the printable checklist or the saved drafts. Kept in the
 * URL hash, so the browser's back button, a bookmark and an embedding page's link all work without a server. */
import { createModel, signal, type ReadonlySignal } from '@preact/signals';

export type View = 'calculator' | 'about' | 'checklist' | 'drafts';

const HASHES: Record<View, string> = { calculator: '', about: '#about', checklist: '#checklist', drafts: '#drafts' };

/** The view a hash names; anything unknown is the calculator. */
export function viewOfHash(hash: string): View {
  return (Object.keys(HASHES) as View[]).find((v) => HASHES[v] && HASHES[v] === hash) ?? 'calculator';
}

export const ViewModel = createModel((initial: View) => {
  const view = signal<View>(initial);
  return {
    view: view as ReadonlySignal<View>,
    /** Follows a hash change (from a link or the back button). */
    follow(hash: string) {
      view.value = viewOfHash(hash);
    },
    /** The href that opens a view. */
    href(next: View): string {
      return HASHES[next] || '#';
    },
  };
});

export type ViewState = InstanceType<typeof ViewModel>;
