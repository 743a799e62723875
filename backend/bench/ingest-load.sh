#!/usr/bin/env bash
# Ingest load benchmark (docs/PERFORMANCE.md). Options: --uploaders=8 --warmup=15 --duration=30 --baseline=10 --jfr
# --non-durable (a separate PostgreSQL with fsync and synchronous_commit off, to measure what durability costs)
exec "$(dirname "$0")/bench.sh" io.benchwarden.bench.IngestLoadBenchmark "$@"
