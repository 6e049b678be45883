#!/usr/bin/env bash
# The map step as a pipe, for Spark's RDD.pipe and Hadoop Streaming: documents NDJSON on stdin,
# claims NDJSON on stdout (see README, "On a cluster"). ENTENTE defaults to this repository.
set -euo pipefail
cd "${ENTENTE:-$(dirname "$0")/..}"
exec node --import tsx extract/cli.ts - --claims - -q --jobs 1
