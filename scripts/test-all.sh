#!/usr/bin/env bash
# Everything the tests need, then every test: lint, type check, unit and property tests, e2e in headless Chromium.
# The type check and the e2e build run beside the unit tests (each one's output is printed once it is done): on a
# busy 2-core laptop a step that waits for its turn gets no CPU, while beside the others it gets its share.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run lint
CHROMIUM_PATH="$(bash scripts/ensure-chromium.sh)"
export CHROMIUM_PATH
bash scripts/ensure-numpy.sh

logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT
# The folder playwright.config.ts serves (e2e/buildFolder.ts: one per port).
export E2E_PORT="${E2E_PORT:-4179}"
npx tsc -p . > "$logs/tsc" 2>&1 &
tsc=$!
npx vite build --outDir ".e2e-build/$E2E_PORT" --emptyOutDir > "$logs/build" 2>&1 &
build=$!

# Prints a background step's output; fails the run if the step failed.
finish() {
  local status=0
  wait "$2" || status=$?
  echo "── $1"
  cat "$logs/$1"
  if [ "$status" -ne 0 ]; then
    echo "$1 failed (exit $status)" >&2
    exit "$status"
  fi
}

vitest_status=0
npx vitest run || vitest_status=$?
finish tsc "$tsc"
finish build "$build"
[ "$vitest_status" -eq 0 ] || exit "$vitest_status"
E2E_PREBUILT=1 npx playwright test
