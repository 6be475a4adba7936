/** Whether the window is wide (a desktop at the counter): questions are then shown a few at a time. */
import { useEffect, useState } from 'preact/hooks';

const QUERY = '(min-width: 62rem)';

export function useWide(): boolean {
  const [wide, setWide] = useState(() => typeof matchMedia === 'function' && matchMedia(QUERY).matches);
  useEffect(() => {
    const mq = matchMedia(QUERY);
    const on = () => setWide(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return wide;
}
