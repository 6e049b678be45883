#!/usr/bin/env bash
# The whole test suite: lint, type check, unit tests, a 60 s fuzz run, the dependency audit, browser
# tests (headless Chromium).
# Every step blocks. Ends with one line "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/unit.json test-results/browser.json
start=$(date +%s)
echo "== lint (eslint + prettier)"
npm run -s lint
echo "== type check (tsc --noEmit, strict)"
npm run -s typecheck
echo "== unit tests (vitest)"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=$?
echo "== fuzz (60 s, fixed seed; failing cases in test-results/fuzz-failures)"
if [ "$status" = 0 ]; then
  npm run -s fuzz -- --seconds "${ENTENTE_FUZZ_SECONDS:-60}" --seed 13 --out test-results/fuzz-failures || status=$?
fi
echo "== dependency audit (production dependencies; passes with a note when the registry cannot answer)"
if [ "$status" = 0 ]; then
  node scripts/audit.mjs || status=$?
fi
echo "== browser tests (headless Chromium via playwright-core)"
if [ "$status" = 0 ]; then
  bash scripts/ensure-chromium.sh
  npx vitest run --config vitest.browser.config.ts --reporter=default --reporter=json --outputFile.json=test-results/browser.json || status=$?
fi
node scripts/summarize-tests.mjs test-results/unit.json test-results/browser.json
echo "test command took $(( $(date +%s) - start ))s"
exit "$status"
