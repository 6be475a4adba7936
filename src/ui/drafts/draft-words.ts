/** How a draft is named and dated on screen and in an export file name. */
import type { DraftSummary } from '../../state/index.ts';
import type { Messages } from '../../i18n/index.ts';
import type { DraftsMessages } from '../../i18n/drafts.zh-CN.ts';

/** A timestamp as a short local date and time, in the page's language. */
export function formatTime(iso: string, m: Messages): string {
  return new Intl.DateTimeFormat(m.htmlLang, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** The draft's name, or a placeholder with its creation time while it has none. */
export function draftTitle(d: Pick<DraftSummary, 'name' | 'createdAt'>, m: Messages & DraftsMessages): string {
  return d.name.trim() || m.drafts.untitled(formatTime(d.createdAt, m));
}

/** A file name for an export: the draft's name (minus characters file systems refuse) and today's date. */
export function exportFileName(name: string, today: Date): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 60) || 'draft';
  return `hz-benefits-${safe}-${today.toISOString().slice(0, 10)}.json`;
}

/** Hands a text to the browser as a file download: a Blob behind a temporary <a download>. */
export function download(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the Blob only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
