#!/usr/bin/env bash
# Installs everything the tests need (Debian's Chromium included) and runs every test:
# typecheck, policy checks and cases, unit and property tests, build with its size budget, end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
step() { printf '\n== %s\n' "$*"; SECONDS=0; }
took() { printf '== done in %ss\n' "$SECONDS"; }

step "Debian packages: Chromium, a Chinese font for the screenshots, poppler to read the printed checklist"
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || need+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null; took

step "npm ci";                 npm ci --no-audit --no-fund; took
step "typecheck";              npm run -s typecheck; took
step "policy files: check";    npm run -s rules -- check; took
step "policy files: schemas";  npm run -s rules -- schema --check; took
step "policy files: cases";    npm run -s rules -- test; took
step "unit, property and case tests"
npx vitest run --reporter=default --reporter=json --outputFile=test-results/vitest.json; took
step "engine speed budget (p95 under 3× the targets: 1 ms full, 0.5 ms an interview step; linear growth)"
npm run -s bench -- --all --budget --n 3000; took
step "build and size budget";  npm run -s build; npx tsx test/check-size.ts; took
step "bytes by need (targets 45 KB the first screen, 80 KB a Chinese session; fails above 45 / 74 / 103 KB: first screen, first rules question, session)"; npx tsx test/perf/bytes-by-need.ts; took
step "one-file build";         npm run -s build:single; ls -l dist-single/index.html; took
step "end-to-end (built app, Debian Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/test-results/playwright.json" npx playwright test -c test/e2e/playwright.config.ts --reporter=list,json; took
step "Lighthouse 12.2.3, three runs (performance ≥ 95; a11y, best practices, SEO 100; CLS 0)"; npx tsx test/perf/lighthouse.ts; took
step "long tasks at 4× CPU throttle (target 50 ms; fails above 100 on an answer or the first choice, 120 on first load)"; npx tsx test/perf/long-tasks.ts; took

npx tsx test/summary.ts test-results/vitest.json test-results/playwright.json
