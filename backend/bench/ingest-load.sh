#!/usr/bin/env bash
# Ingest load benchmark (docs/PERFORMANCE.md). Options: --uploaders=8 --warmup=15 --duration=30 --baseline=10 --jfr
exec "$(dirname "$0")/bench.sh" io.benchwarden.bench.IngestLoadBenchmark "$@"
