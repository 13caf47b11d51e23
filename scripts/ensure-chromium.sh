#!/usr/bin/env bash
# Finds a Chromium for the e2e tests, installing Debian's package where none is found and apt is available.
# Playwright's own browser download cannot work on machines whose only network is the package registries.
set -euo pipefail
for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "$candidate"
    exit 0
  fi
done
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "No Chromium found: installing Debian's chromium package (needs apt and root)..." >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >&2
  echo /usr/bin/chromium
  exit 0
fi
echo "No Chromium found and apt-get is unavailable: install Chromium or Chrome and set CHROMIUM_PATH to its executable." >&2
exit 1
