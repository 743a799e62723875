#!/usr/bin/env bash
# Read benchmark with 100 000 strict and 2 000 hosted runs (docs/PERFORMANCE.md); EXPLAIN plans on stdout.
exec "$(dirname "$0")/bench.sh" io.benchwarden.bench.ReadHistoryBenchmark "$@"
