/** Something drawn a task after it could be (issue 14): a slow phone then paints what came first without waiting. */
import { useEffect, useState } from 'preact/hooks';

/**
 * Follows `on`, but turns true only one task after the page has painted with it true (false follows at once).
 * `initial` is what the first render shows: `on` itself for something that need not wait when the page starts with it.
 */
export function useLater(on: boolean, initial = false): boolean {
  const [later, setLater] = useState(initial);
  useEffect(() => {
    if (on === later) return;
    if (!on) return void setLater(false);
    const timer = setTimeout(() => setLater(true), 0);
    return () => clearTimeout(timer);
  }, [on, later]);
  return later;
}
