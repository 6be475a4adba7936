/** Adds up the vitest and Playwright JSON reports into one closing line that CI reads: "N passed, M failed". */
import { readFileSync } from 'node:fs';

interface Counts { passed: number; failed: number; skipped: number }

function vitest(path: string): Counts {
  const r = JSON.parse(readFileSync(path, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwright(path: string): Counts {
  const s = JSON.parse(readFileSync(path, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}

const [v, p] = [vitest(process.argv[2]!), playwright(process.argv[3]!)];
console.log(`\nunit ${v.passed} passed, ${v.failed} failed; e2e ${p.passed} passed, ${p.failed} failed`);
console.log(`total: ${v.passed + p.passed} passed, ${v.failed + p.failed} failed${v.skipped + p.skipped ? `, ${v.skipped + p.skipped} skipped` : ''}`);
process.exit(v.failed + p.failed > 0 ? 1 : 0);
