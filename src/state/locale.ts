/** The display language: Chinese first, English switchable at any time without losing answers. */
import { createModel, signal, type ReadonlySignal } from '@preact/signals';

/** The two languages the page speaks; also the keys of the i18n catalogs. */
export type Locale = 'zh-CN' | 'en';

/** The locale model: one signal and one action. */
export const LocaleModel = createModel((initial: Locale) => {
  const locale = signal<Locale>(initial);
  return {
    locale: locale as ReadonlySignal<Locale>,
    /** Switches the language. */
    setLocale(next: Locale) {
      locale.value = next;
    },
  };
});

/** One locale model instance. */
export type LocaleState = InstanceType<typeof LocaleModel>;
