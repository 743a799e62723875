#!/usr/bin/env bash
# Detection: an "agent" that really costs time on the bench CPU must be flagged by the strict gate. Runs the full
# strict run RUNS times and counts the runs that exit 1.
#
# The run is the default strict run (its ROUNDS, its stopping rule, its iteration counts unless the environment sets
# them). Two stand-ins for the agent, chosen with STAND_IN:
# - duty_cycle (the default): a busy loop pinned to the bench CPU at a fixed duty cycle (it spins BUSY_US = 6 µs and
#   sleeps IDLE_US = 275 µs, about +11 % on open_close us_per_op on the development host), started before the
#   with-agent passes like a real agent. Its cost lands on the operations its busy spells meet, so it moves from run
#   to run.
# - syscall_delay: an eBPF program (src/bench/bpf/syscall_delay.bt, run by bpftrace, as root) attached for the whole
#   batch, that spins CONNECT_DELAY_NS in the kernel on every connect and OPEN_DELAY_NS on every openat entered on the
#   bench CPU while the agent stand-in (a process named bw-cost-on) lives: the same cost on every operation, as an
#   agent's syscall hooks cost. Both sides pay the probes' tracing cost; only the with-agent side pays the delay.
#
# usage: runner-agent/bench/detection.sh
#        (env: RUNS=20 STAND_IN=duty_cycle BUSY_US=6 IDLE_US=275 | STAND_IN=syscall_delay CONNECT_DELAY_NS=0
#        OPEN_DELAY_NS=0; BENCH_CPU=0 AGENT_SETTLE_MS=100 and any of the run's variables; KEEP_DIR=DIR keeps each
#        run's output directory as DIR/runN, for compare-estimators.py)
set -euo pipefail

module="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
bench_cpu="${BENCH_CPU:-0}"
[[ -z "${KEEP_DIR:-}" ]] || mkdir -p "${KEEP_DIR}"
case "${STAND_IN:-duty_cycle}" in
    duty_cycle)
        gcc -O2 -Wall -o "${work}/duty_cycle" "${module}/src/bench/c/duty_cycle.c"
        agent_cmd="${work}/duty_cycle ${BUSY_US:-6} ${IDLE_US:-275} ${bench_cpu}"
        echo "stand-in: duty_cycle BUSY_US=${BUSY_US:-6} IDLE_US=${IDLE_US:-275}"
        ;;
    syscall_delay)
        command -v bpftrace >/dev/null || { echo "syscall_delay needs bpftrace (apt-get install bpftrace) and root" >&2; exit 2; }
        cp "$(command -v sleep)" "${work}/bw-cost-on"
        agent_cmd="${work}/bw-cost-on infinity"
        # On the other CPU, so that its start does not land on the bench CPU; it is ready once it has attached.
        other_cpu=$(( bench_cpu == 0 ? 1 : 0 ))
        taskset -c "${other_cpu}" bpftrace "${module}/src/bench/bpf/syscall_delay.bt" \
            "${CONNECT_DELAY_NS:-0}" "${OPEN_DELAY_NS:-0}" "${bench_cpu}" >"${work}/bpftrace.log" 2>&1 &
        bpftrace_pid=$!
        trap 'kill "${bpftrace_pid}" 2>/dev/null; wait "${bpftrace_pid}" 2>/dev/null; rm -rf "${work}"' EXIT
        # Measuring before the probes are attached would time no cost at all: wait for them, at most a minute.
        for ((tries = 0; ; tries++)); do
            grep -q '^Attaching' "${work}/bpftrace.log" && break
            kill -0 "${bpftrace_pid}" 2>/dev/null || { cat "${work}/bpftrace.log" >&2; exit 2; }
            ((tries < 600)) || { echo "bpftrace did not attach its probes within 60 s" >&2; cat "${work}/bpftrace.log" >&2; exit 2; }
            sleep 0.1
        done
        sleep 1
        kill -0 "${bpftrace_pid}" 2>/dev/null || { cat "${work}/bpftrace.log" >&2; exit 2; }
        echo "stand-in: syscall_delay CONNECT_DELAY_NS=${CONNECT_DELAY_NS:-0} OPEN_DELAY_NS=${OPEN_DELAY_NS:-0}"
        ;;
    *) echo "STAND_IN must be duty_cycle or syscall_delay, got ${STAND_IN}" >&2; exit 2 ;;
esac

echo "start $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
flagged=0
runs="${RUNS:-20}"
for ((run = 1; run <= runs; run++)); do
    set +e
    "${module}/bin/benchwarden-runner" run --out "${work}/run" --quiet --governor-ok --agent-settle-ms "${AGENT_SETTLE_MS:-100}" \
        --bench-cpu "${bench_cpu}" --agent-cmd "${agent_cmd}" >"${work}/out" 2>&1
    status=$?
    set -e
    [[ ${status} -eq 1 ]] && flagged=$((flagged + 1))
    [[ -z "${KEEP_DIR:-}" ]] || cp -r "${work}/run" "${KEEP_DIR}/run${run}"
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
      f"p95 ratio {ca['p95_us']/cb['p95_us']:.3f} (ci {ca['p95_ratio']['ci_low']}-{ca['p95_ratio']['ci_high']}); compare {load('open_compare.json')['delta_pct']:+.1f}%; {rounds}; failed rows: "
      + (",".join(r["scenario"] + "/" + r["metric"] for r in json.load(open(f"{d}/perf-slo-summary.json")).get("rows", [])
                  if str(r.get("status", "")).lower() == "fail") or "-"))
PY
done
echo "end $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "flagged ${flagged} of ${runs} runs"
