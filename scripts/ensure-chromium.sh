#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through playwright-core, and screenshots need a CJK font
# (fonts-wqy-microhei; fonts-noto-cjk also serves). Install whatever is missing.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
PACKAGES=()
if [ ! -x "$CHROMIUM" ]; then PACKAGES+=(chromium); fi
if ! dpkg -s fonts-wqy-microhei >/dev/null 2>&1; then PACKAGES+=(fonts-wqy-microhei); fi
if [ ${#PACKAGES[@]} -eq 0 ]; then exit 0; fi
echo "ensure-chromium: installing ${PACKAGES[*]} (needs root and apt)" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${PACKAGES[@]}" >/dev/null; }; then
  # Without the font, Chinese renders as boxes in screenshots; tests still run when a CJK font exists.
  if fc-list :lang=zh 2>/dev/null | grep -q .; then
    echo "ensure-chromium: could not install ${PACKAGES[*]}; another CJK font is present, going on" >&2
  else
    echo "ensure-chromium: could not install ${PACKAGES[*]}" >&2
    exit 1
  fi
fi
[ -x "$CHROMIUM" ] || { echo "ensure-chromium: install finished but $CHROMIUM is still missing" >&2; exit 1; }
