/** Shows a bilingual text in the current language; missing English shows the Chinese with a small marker. */
import type { TextT } from '../../state/index.ts';
import { useShell, useMessages } from './app-context.ts';

/** Runs of Chinese characters and punctuation (《》、（）：…) inside an English text. */
const HAN_RUN = /([\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+)/;

/** One {zh, en} text, rendered for the current locale. */
export function Txt({ text }: { text: TextT }) {
  const { locale } = useShell();
  const m = useMessages();
  if (locale.locale.value === 'zh-CN') return <>{text.zh}</>;
  if (text.en !== null) return <>{inEnglish(text.en)}</>;
  return (
    <>
      <span lang="zh-CN">{text.zh}</span> <small class="no-en">{m.noEnglish}</small>
    </>
  );
}

/** A string of the current language that may hold Chinese words (a source's title, a counter's stamp): in the English
 * view those are marked as Chinese, as Txt marks them. */
export function Marked({ text }: { text: string }) {
  const { locale } = useShell();
  return <>{locale.locale.value === 'zh-CN' ? text : inEnglish(text)}</>;
}

/** An English text whose Chinese words (a title, 低保) are marked as Chinese: a screen reader reads them in a Chinese
 * voice and the browser draws them with Simplified Chinese glyphs, not an English page's choice. */
function inEnglish(en: string) {
  const parts = en.split(HAN_RUN);
  return parts.length === 1 ? en : parts.map((p, i) => (i % 2 === 1 ? <span key={i} lang="zh-CN">{p}</span> : p));
}
