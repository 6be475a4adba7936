/** How the page is shown: the large-type (适老化) mode, one tap away and remembered on this device. */
import { createModel, signal, type ReadonlySignal } from '@preact/signals';
import { loadLargeType, saveLargeType } from '../storage/prefs.ts';

export const DisplayModel = createModel(() => {
  const large = signal(loadLargeType());
  return {
    large: large as ReadonlySignal<boolean>,
    setLarge(on: boolean) {
      large.value = on;
      saveLargeType(on);
    },
  };
});

export type DisplayState = InstanceType<typeof DisplayModel>;
