#!/usr/bin/env bash
# Everything the tests need, then every test: lint, type check, unit and property tests, e2e in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run lint
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
bash scripts/ensure-numpy.sh
npx tsc -p .
npx vitest run
npx playwright test
