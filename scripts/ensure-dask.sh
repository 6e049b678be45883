#!/usr/bin/env bash
# The Dask test (tests/unit/dask.test.ts) needs Debian's python3-distributed for /usr/bin/python3.
# Installs it when missing; when it cannot be installed, says so and the test skips with a message.
set -uo pipefail
if /usr/bin/python3 -c "import distributed" 2>/dev/null; then exit 0; fi
echo "ensure-dask: installing Debian's python3-distributed (needs root and apt)" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
if $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-distributed >/dev/null; then
  exit 0
fi
echo "ensure-dask: could not install python3-distributed; the Dask test will be skipped" >&2
exit 0
