/** 中文 / English toggle: two buttons, the current one pressed; switching keeps every answer. */
import { useApp, useMessages } from './app-context.ts';

/** The language switch in the header. */
export function LanguageSwitch() {
  const { locale } = useApp();
  const m = useMessages();
  const current = locale.locale.value;
  // Each button names its language in that language, so a reader of either can find it.
  return (
    <div class="lang-switch" role="group" aria-label={m.languageLabel}>
      <button type="button" lang="zh-CN" aria-pressed={current === 'zh-CN'} onClick={() => locale.setLocale('zh-CN')}>
        中文
      </button>
      <button type="button" lang="en" aria-pressed={current === 'en'} onClick={() => locale.setLocale('en')}>
        English
      </button>
    </div>
  );
}
