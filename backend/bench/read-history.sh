#!/usr/bin/env bash
# Read benchmark with 100 000 strict and 2 000 hosted runs (docs/PERFORMANCE.md); EXPLAIN plans on stdout.
#   backend/bench/read-history.sh [--only=page /runs/{id},trend JSON] [--warmup=50] [--samples=300] [--jfr] [--explain=false]
exec "$(dirname "$0")/bench.sh" io.benchwarden.bench.ReadHistoryBenchmark "$@"
