#!/usr/bin/env bash
# Makes sure python3 can import numpy, for the test that runs the exported NumPy script: installs Debian's
# python3-numpy where it is missing and apt is available. Without apt it only warns: that test then skips
# outside CI and fails in CI (CI is set), so a CI machine never silently skips it.
set -euo pipefail
if python3 -c 'import numpy' >/dev/null 2>&1; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "python3 cannot import numpy: installing Debian's python3-numpy (needs apt and root)..." >&2
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-numpy >&2
  exit 0
fi
echo "python3 with numpy not found and apt-get is unavailable: the exported-script test will skip (and fail under CI)." >&2
