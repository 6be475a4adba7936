/** Shows a bilingual text in the current language; missing English shows the Chinese with a small marker. */
import type { TextT } from '../../state/index.ts';
import { useShell, useMessages } from './app-context.ts';

/** One {zh, en} text, rendered for the current locale. */
export function Txt({ text }: { text: TextT }) {
  const { locale } = useShell();
  const m = useMessages();
  if (locale.locale.value === 'zh-CN') return <>{text.zh}</>;
  if (text.en !== null) return <>{text.en}</>;
  return (
    <>
      <span lang="zh-CN">{text.zh}</span> <small class="no-en">{m.noEnglish}</small>
    </>
  );
}
