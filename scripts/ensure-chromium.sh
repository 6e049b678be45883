#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core. Install it when it is missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "ensure-chromium: $CHROMIUM not found; installing Debian's chromium (needs root and apt)" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
[ -x "$CHROMIUM" ] || { echo "ensure-chromium: install finished but $CHROMIUM is still missing" >&2; exit 1; }
