/** 大字模式: one tap makes all text half as large again; pressed state shown and announced. */
import { useShell, useMessages } from './app-context.ts';

export function LargeTypeSwitch() {
  const { display } = useShell();
  const m = useMessages();
  const on = display.large.value;
  return (
    <button type="button" class="large-switch" aria-pressed={on} onClick={() => display.setLarge(!on)}>
      <span aria-hidden="true">A+</span> {m.largeType}
    </button>
  );
}
