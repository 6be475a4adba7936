/** Shows a native <dialog> as modal while `open`: the browser keeps focus inside and makes the page behind inert. */
import { useEffect, useRef } from 'preact/hooks';

export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return ref;
}
