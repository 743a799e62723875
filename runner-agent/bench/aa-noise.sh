#!/usr/bin/env bash
# Gate noise: 20 A/A runs (an idle process stands in for the agent) through the calibrate command, which counts
# the runs whose open or connect p95 ratio exceeds the 1.05 gate (false fails) and writes noise_calibration.json.
# Each run is 30 interleaved rounds (5000 open_close and 2000 connect_loopback operations per round and side),
# every pass after the same quiet time; about 13 s a run. The per-round p95s of every run are kept in
# noise_calibration.json; runner-agent/bench/compare-estimators.py judges them by other statistics too.
#
# usage: runner-agent/bench/aa-noise.sh [OUT_DIR]
#        (env: RUNS=20 ROUNDS=30 OPEN_ITERATIONS=150000 CONNECT_ITERATIONS=60000 AGENT_SETTLE_MS=100 PAUSE_MS=100)
set -euo pipefail

module="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$(mktemp -d)}"
OPEN_ITERATIONS="${OPEN_ITERATIONS:-150000}" CONNECT_ITERATIONS="${CONNECT_ITERATIONS:-60000}" ROUNDS="${ROUNDS:-30}" \
    PAUSE_MS="${PAUSE_MS:-100}" \
    "${module}/bin/benchwarden-runner" calibrate --runs "${RUNS:-20}" --idle-cmd "sleep infinity" \
    --agent-settle-ms "${AGENT_SETTLE_MS:-100}" --out "${out}" --quiet
cat "${out}/noise_calibration.json"
