/**
 * The hand-off link: an interview carried in a URL's `#` fragment, so that a resident leaves the counter with the
 * result on their own phone and no server is involved (a fragment is never sent to one). The fragment is
 * `#r=` + base64url(deflate-raw(JSON)), the JSON as short as it can be read back: dates as day numbers, "don't know"
 * in one list, facts and items by 4-character codes of their ids (`shortCode`), the results only as far as they are
 * worth naming again (status, and the figure of an exact amount). Codes, not positions: a link made under other rules
 * must still read under the phone's. Reading a fragment never throws and is bounded.
 */
import type { Answers, FactT } from '../engine/index.ts';

/** What a link carries. `results` holds, per item worth naming, its status and amount figure as the app showed it. */
export interface SharedInterview {
  rulesVersion: string;
  rulesHash: string;
  asOf: string;
  audiences: string[];
  answers: Answers;
  results: Record<string, { status: string; amount: string }>;
}

/** The fragment's prefix. */
export const SHARE_PREFIX = '#r=';
/** A fragment longer than this is not ours (a QR code holds at most ~2,900 characters of this alphabet). */
const MAX_FRAGMENT = 4_000;
/** What a fragment may inflate to: far more than any interview, far less than a bomb. */
const MAX_JSON = 64_000;
const DAY = 86_400_000;
const STATUSES = ['eligible', 'needs-info', 'not-eligible', 'not-applicable'];

/**
 * The short code of an id: 4 base-36 characters of its FNV-1a hash. The same id has the same code in every ruleset,
 * so a link made under other rules still reads under these (what the phone lacks is dropped); `rules check` refuses
 * a ruleset in which two facts, or two items, would share a code.
 */
export function shortCode(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return (h % 36 ** 4).toString(36).padStart(4, '0');
}

/** Fact and item ids by their short codes, for one ruleset. */
export interface ShareCodes {
  facts: ReadonlyMap<string, FactT>;
  fact(code: string): string | undefined;
  item(code: string): string | undefined;
}

/** The codes of a ruleset's facts and items. */
export function shareCodes(facts: readonly FactT[], items: readonly { id: string }[]): ShareCodes {
  const f = new Map(facts.map((x) => [shortCode(x.id), x.id]));
  const i = new Map(items.map((x) => [shortCode(x.id), x.id]));
  return { facts: new Map(facts.map((x) => [x.id, x])), fact: (c) => f.get(c), item: (c) => i.get(c) };
}

// v: format; r: rules version and hash; d: evaluation day; a: audiences; f: answers by fact code; n: fact codes
// answered "don't know"; s: per item code, status index and (for an exact amount) the figure.
type Wire = { v: 2; r: [string, string]; d: number; a: string[]; f: Record<string, unknown>; n: string; s: Record<string, [number, number?]> };

const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** The fragment for an interview. */
export async function encodeShare(shared: SharedInterview, codes: ShareCodes): Promise<string> {
  const f: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [id, v] of Object.entries(shared.answers)) {
    if (v === null) unknown.push(shortCode(id));
    else f[shortCode(id)] = codes.facts.get(id)?.type === 'date' && typeof v === 'string' ? toDay(v) : v;
  }
  const s: Wire['s'] = {};
  for (const [id, r] of Object.entries(shared.results)) {
    const figure = JSON.parse(r.amount) as { kind?: string; value?: number };
    s[shortCode(id)] = figure.kind === 'exact' && typeof figure.value === 'number' ? [STATUSES.indexOf(r.status), figure.value] : [STATUSES.indexOf(r.status)];
  }
  const wire: Wire = { v: 2, r: [shared.rulesVersion, shared.rulesHash], d: toDay(shared.asOf), a: shared.audiences, f, n: unknown.join(''), s };
  const data = base64url(await deflate(new TextEncoder().encode(JSON.stringify(wire))));
  // A check code after the data: a link damaged in copying or scanning is refused, not read as something else.
  return `${SHARE_PREFIX}${data}.${shortCode(data)}`;
}

/**
 * Reads a fragment back; null for anything that is not a link of ours (damaged, cut short, foreign, too large).
 * Codes these rules do not know are dropped. Amounts come back as exact figures with the item's basis here (a link
 * keeps only the figure), or none. The caller checks the result as it checks a draft file.
 */
export async function decodeShare(fragment: string, codes: ShareCodes, basisOf: (item: string) => string = () => 'once'): Promise<SharedInterview | null> {
  if (!fragment.startsWith(SHARE_PREFIX) || fragment.length > MAX_FRAGMENT) return null;
  const [data = '', check, ...rest] = fragment.slice(SHARE_PREFIX.length).split('.');
  if (rest.length > 0 || check !== shortCode(data)) return null;
  try {
    const json = await inflate(unbase64url(data));
    if (json === null) return null;
    const w = JSON.parse(json) as Partial<Wire> | null;
    if (!w || w.v !== 2 || !Array.isArray(w.r) || typeof w.d !== 'number' || !Array.isArray(w.a) || !isRecord(w.f) || typeof w.n !== 'string' || !isRecord(w.s)) return null;
    const answers: [string, unknown][] = [];
    for (const [code, v] of Object.entries(w.f)) {
      const id = codes.fact(code);
      if (id) answers.push([id, codes.facts.get(id)?.type === 'date' && typeof v === 'number' ? fromDay(v) : v]);
    }
    for (const code of w.n.match(/.{4}/g) ?? []) {
      const id = codes.fact(code);
      if (id) answers.push([id, null]);
    }
    const results: [string, { status: string; amount: string }][] = [];
    for (const [code, r] of Object.entries(w.s)) {
      const id = codes.item(code);
      const status = Array.isArray(r) && typeof r[0] === 'number' ? STATUSES[r[0]] : undefined;
      if (!id || !status) continue;
      const value = Array.isArray(r) && typeof r[1] === 'number' ? r[1] : undefined;
      results.push([id, { status, amount: JSON.stringify(value === undefined ? { kind: 'none' } : { kind: 'exact', value, basis: basisOf(id) }) }]);
    }
    // fromEntries defines own keys only: an id such as "__proto__" can never reach a prototype.
    return {
      rulesVersion: String(w.r[0] ?? ''),
      rulesHash: String(w.r[1] ?? ''),
      asOf: fromDay(w.d),
      audiences: w.a.map(String),
      answers: Object.fromEntries(answers) as Answers,
      results: Object.fromEntries(results),
    };
  } catch {
    return null;
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inflated text, or null when it would exceed MAX_JSON (read chunk by chunk, so a bomb is never held whole). */
async function inflate(bytes: Uint8Array): Promise<string | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_JSON) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) all.set(c, (at += c.length) - c.length);
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function unbase64url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}
