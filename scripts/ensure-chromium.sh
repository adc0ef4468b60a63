#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core (a test tool's own browser download
# does not work on our machines). Installs it when missing and we may (root + apt-get); otherwise says how.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Browser tests need Chromium at $CHROMIUM: install it (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
