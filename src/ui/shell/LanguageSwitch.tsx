/** 中文 / English toggle: two buttons, the current one pressed; switching keeps every answer. */
import { useRef, useState } from 'preact/hooks';
import { loadCatalog } from '../../i18n/index.ts';
import type { Locale } from '../../state/index.ts';
import { useShell, useMessages } from './app-context.ts';

/** The language switch in the header. */
export function LanguageSwitch() {
  const { locale, calculator } = useShell();
  const m = useMessages();
  const current = locale.locale.value;
  const [busy, setBusy] = useState(false);
  const wanted = useRef<Locale>(current);
  /** English (its messages and the rules' English texts) is loaded on first use, then the page switches at once. */
  const choose = async (next: Locale) => {
    wanted.current = next;
    if (next === 'en') {
      setBusy(true);
      try {
        // The rules' English goes into the calculator's ruleset: on the first screen, the switch waits for it.
        const { texts, update } = await calculator;
        await Promise.all([loadCatalog('en').catch((e: unknown) => (update.markStale(), Promise.reject(e))), texts.loadEnglish()]);
      } catch {
        return; // This page's files are out of date: the stale prompt (Notices) offers the reload.
      } finally {
        setBusy(false);
      }
    }
    // Only the last choice counts: 中文 pressed while English was loading stays Chinese.
    if (wanted.current === next) locale.setLocale(next);
  };
  // Each button names its language in that language, so a reader of either can find it.
  return (
    <div class="lang-switch" role="group" aria-label={m.languageLabel} aria-busy={busy || undefined}>
      <button type="button" lang="zh-CN" aria-pressed={current === 'zh-CN'} onClick={() => void choose('zh-CN')}>
        中文
      </button>
      <button type="button" lang="en" aria-pressed={current === 'en'} onClick={() => void choose('en')}>
        English
      </button>
    </div>
  );
}
