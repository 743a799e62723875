#!/usr/bin/env bash
# A/A runs of the default strict run: `run` as CI would start it, with an idle process standing in for the agent
# (`sleep infinity`, started, judged ready and stopped like the agent: ready once quiet for AGENT_QUIET_MS, at most
# AGENT_SETTLE_MS after its start), RUNS times. Prints per run the exit code (1 is a false fail), the wall time to
# the verdict, how many rounds the stopping rule used and why it stopped, the open and connect p95 ratios, and which
# rows were inconclusive; then the totals, the median and the worst time to verdict.
#
# usage: runner-agent/bench/aa-run.sh
#        (env: RUNS=17, plus any of the run's variables: ROUNDS, MAX_ROUNDS, BLOCK_ROUNDS, MIN_PASS_OPERATIONS,
#        PAUSE_MS, AGENT_SETTLE_MS, AGENT_QUIET_MS, ...)
set -euo pipefail

module="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
runs="${RUNS:-17}"
echo "start $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((run = 1; run <= runs; run++)); do
    start=$(date +%s.%N)
    set +e
    "${module}/bin/benchwarden-runner" run --out "${work}/run" --quiet --governor-ok --agent-cmd "sleep infinity" \
        >"${work}/out" 2>"${work}/err"
    status=$?
    set -e
    end=$(date +%s.%N)
    if [[ ${status} -gt 1 ]]; then cat "${work}/err" >&2; exit "${status}"; fi
    seconds=$(python3 -c "print(f'{${end} - ${start}:.1f}')")
    rounds=$(sed -n 's/^rounds: \([0-9]*\) .*stopped: \([a-z_]*\))$/\1 \2/p' "${work}/out")
    inconclusive=$(grep "inconclusive (95 % interval" "${work}/out" | awk '{print $1 "/" $2}' | paste -sd, - || true)
    failed=$(awk '$6 == "fail" {print $1 "/" $2}' "${work}/out" | paste -sd, - || true)
    ratios=$(python3 - "${work}/run" <<'PY'
import json, sys
p95 = lambda name: json.load(open(f"{sys.argv[1]}/{name}"))["p95_us"]
print(f"{p95('open_with_agent.json') / p95('open_baseline.json'):.4f},"
      f"{p95('connect_with_agent.json') / p95('connect_baseline.json'):.4f}")
PY
)
    echo "run ${run}: exit=${status} seconds=${seconds} rounds=${rounds// / stopped=} p95_ratios=${ratios} inconclusive=${inconclusive:--} failed=${failed:--}"
done | tee "${work}/runs"
echo "end $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "${work}/runs" <<'PY'
import statistics, sys
rows = [dict(kv.split("=", 1) for kv in line.split()[2:]) for line in open(sys.argv[1])]
secs = sorted(float(r["seconds"]) for r in rows)
fails = sum(r["exit"] == "1" for r in rows)
print(f"false fails {fails} of {len(rows)}; time to verdict median {statistics.median(secs):.1f} s "
      f"(min {secs[0]:.1f}, worst {secs[-1]:.1f}); stopped all_certain {sum(r['stopped'] == 'all_certain' for r in rows)}, "
      f"max_rounds {sum(r['stopped'] == 'max_rounds' for r in rows)}; rounds used: "
      + ", ".join(sorted({r['rounds'] for r in rows}, key=int)))
ratios = [[float(v) for v in r["p95_ratios"].split(",")] for r in rows]
for i, kind in enumerate(("open", "connect")):
    values = sorted(x[i] for x in ratios)
    print(f"{kind} p95 ratio median {statistics.median(values):.4f} (min {values[0]:.4f}, max {values[-1]:.4f})")
print(f"runs left with an inconclusive row: {sum(r['inconclusive'] != '-' for r in rows)} of {len(rows)}")
PY
