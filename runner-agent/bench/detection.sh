#!/usr/bin/env bash
# Detection: an "agent" that really costs CPU on the bench CPU (a busy loop pinned to it at a fixed duty cycle)
# must be flagged by the strict gate. Runs the full strict run RUNS times and counts the runs that exit 1.
#
# The run is the default strict run (its ROUNDS, its stopping rule, its iteration counts unless the environment sets
# them); the agent is duty_cycle (by default it spins 6 µs and sleeps 275 µs, about +11 % on open_close us_per_op on
# the development host), started (and pinned to the bench CPU) before the with-agent passes like a real agent.
#
# usage: runner-agent/bench/detection.sh
#        (env: RUNS=20 BUSY_US=6 IDLE_US=275 BENCH_CPU=0 AGENT_SETTLE_MS=100 and any of the run's variables)
set -euo pipefail

module="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
gcc -O2 -Wall -o "${work}/duty_cycle" "${module}/src/bench/c/duty_cycle.c"

echo "start $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
flagged=0
runs="${RUNS:-20}"
for ((run = 1; run <= runs; run++)); do
    set +e
    "${module}/bin/benchwarden-runner" run --out "${work}/run" --quiet --governor-ok --agent-settle-ms "${AGENT_SETTLE_MS:-100}" \
        --agent-cmd "${work}/duty_cycle ${BUSY_US:-6} ${IDLE_US:-275} ${BENCH_CPU:-0}" >"${work}/out" 2>&1
    status=$?
    set -e
    [[ ${status} -eq 1 ]] && flagged=$((flagged + 1))
    python3 - "${work}/run" "${run}" "${status}" "$(grep -h '^rounds: ' "${work}/out")" <<'PY'
import json, sys
d, run, status, rounds = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
def load(n): return json.load(open(f"{d}/{n}"))
ob, oa = load("open_baseline.json"), load("open_with_agent.json")
cb, ca = load("connect_baseline.json"), load("connect_with_agent.json")
print(f"run {run}: exit={status} open us_per_op {ob['us_per_op']}->{oa['us_per_op']} "
      f"({(oa['us_per_op']/ob['us_per_op']-1)*100:+.1f}%) p95 {ob['p95_us']}->{oa['p95_us']} "
      f"(ratio {oa['p95_us']/ob['p95_us']:.3f}, ci {oa['p95_ratio']['ci_low']}-{oa['p95_ratio']['ci_high']}); "
      f"connect us_per_op {cb['us_per_op']}->{ca['us_per_op']} ({(ca['us_per_op']/cb['us_per_op']-1)*100:+.1f}%) "
      f"p95 ratio {ca['p95_us']/cb['p95_us']:.3f}; compare {load('open_compare.json')['delta_pct']:+.1f}%; {rounds}; failed rows: "
      + (",".join(r["scenario"] + "/" + r["metric"] for r in json.load(open(f"{d}/perf-slo-summary.json")).get("rows", [])
                  if str(r.get("status", "")).lower() == "fail") or "-"))
PY
done
echo "end $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "flagged ${flagged} of ${runs} runs"
