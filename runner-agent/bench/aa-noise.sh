#!/usr/bin/env bash
# Gate noise: 20 A/A runs (an idle process stands in for the agent) through the calibrate command, which counts
# the runs whose open or connect p95 ratio exceeds the 1.05 gate (false fails) and writes noise_calibration.json.
#
# usage: runner-agent/bench/aa-noise.sh [OUT_DIR]   (env: RUNS=20 ROUNDS=9 OPEN_ITERATIONS=45000 CONNECT_ITERATIONS=18000)
set -euo pipefail

module="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$(mktemp -d)}"
OPEN_ITERATIONS="${OPEN_ITERATIONS:-45000}" CONNECT_ITERATIONS="${CONNECT_ITERATIONS:-18000}" ROUNDS="${ROUNDS:-9}" \
    "${module}/bin/benchwarden-runner" calibrate --runs "${RUNS:-20}" --idle-cmd "sleep infinity" \
    --agent-settle-ms "${AGENT_SETTLE_MS:-200}" --out "${out}" --quiet
cat "${out}/noise_calibration.json"
