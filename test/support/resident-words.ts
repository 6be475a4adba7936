/** What a resident may read in the Chinese view besides Chinese (test/unit/resident-language.test.ts scans the texts,
 * test/e2e/resident-words.spec.ts the pages as drawn). */

/**
 * Latin words allowed in the Chinese view, each because residents meet it so written: the app's own channel names
 * and the abbreviations the sources themselves use.
 */
export const LATIN_ALLOWED = new Set([
  'PDF', // 另存为 PDF: the browser's own print option
  'JSON', // the draft file's type, as the file picker shows it
  'QR', // QR 码 is how phones and counters name it
  'LPR', // 贷款市场报价利率 (LPR), as the lending rules write it
  'BP', // 基点, as a quoted lending rule writes it ("LPR-150BP"): a quotation keeps its source's words
  'A4', // paper size
  'APP', // 杭州市民卡APP: the app's own name
  'json', // the draft file's extension, as the file picker shows it
]);

/** Latin words of a Chinese text that are not on the allow-list (digits with units such as "12 个月" are fine). */
export function strayLatin(text: string): string[] {
  return (text.match(/[A-Za-z][A-Za-z0-9]*/g) ?? []).filter((w) => !LATIN_ALLOWED.has(w));
}
