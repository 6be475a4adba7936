/** Size budget for the built app: the city embeds it, and residents load it on low-end phones. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Everything a first visit downloads, gzipped. Raise it only with a reason in the commit. */
const BUDGET_GZIP_BYTES = 120 * 1024;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const rows = files('dist')
  .filter((f) => /\.(js|css|html|svg|webmanifest|json)$/.test(f))
  .map((f) => {
    const raw = readFileSync(f);
    return { file: relative('dist', f), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
  });
const total = rows.reduce((s, r) => s + r.gzip, 0);
for (const r of rows) console.log(`${r.file.padEnd(40)} ${String(r.raw).padStart(9)} B  ${String(r.gzip).padStart(8)} B gzip`);
console.log(`${'total'.padEnd(40)} ${String(rows.reduce((s, r) => s + r.raw, 0)).padStart(9)} B  ${String(total).padStart(8)} B gzip (budget ${BUDGET_GZIP_BYTES})`);
if (total > BUDGET_GZIP_BYTES) {
  console.error(`over budget by ${total - BUDGET_GZIP_BYTES} bytes`);
  process.exit(1);
}
