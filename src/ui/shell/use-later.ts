/** Something drawn a task after it could be (issue 14): a slow phone then paints what came first without waiting. */
import { effect, type ReadonlySignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';

/** Follows `on`, but turns true only one task after the page has painted with it true (false follows at once). */
export function useLater(on: boolean): boolean {
  const [later, setLater] = useState(false);
  useEffect(() => {
    if (on === later) return;
    if (!on) return void setLater(false);
    const timer = setTimeout(() => setLater(true), 0);
    return () => clearTimeout(timer);
  }, [on, later]);
  return later;
}

/**
 * `source`'s value while `on`, each change a task after it happens: the component does not follow `source` itself, so
 * nothing of it is drawn in the task that changed it. Undefined while off, and for a task after `on` turns true; a
 * component that starts on has the value at once. Off, `source` is not read (a computed is not computed for it).
 */
export function useSettled<T>(source: ReadonlySignal<T>, on: boolean): T | undefined {
  const [value, setValue] = useState(() => (on ? source.peek() : undefined));
  useEffect(() => {
    if (!on) return void setValue(undefined);
    return effect(() => {
      const next = source.value;
      const timer = setTimeout(() => setValue(() => next), 0);
      return () => clearTimeout(timer);
    });
  }, [source, on]);
  return value;
}
