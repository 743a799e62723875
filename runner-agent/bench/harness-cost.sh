#!/usr/bin/env bash
# Harness cost: the runner's open_close and connect_loopback against a C loop doing the same calls, alternating
# C and runner in one session (C, runner, C, runner, ...), both pinned to the same CPU. The runner is measured
# with each TIMING listed (default: the native loop it uses by default; add jna_calls to see the Java loop).
# Prints p50/p95 per round, each round's runner/C ratios, and the median ratios over the rounds.
#
# REFERENCE_SCRIPTS=DIR (a checkout's scripts/ holding perf_open_bench.sh and perf_connect_bench.sh) adds the
# reference harness to every round, pinned to the same CPU and with its own C measurement right before it; its
# figures are compared on whatever it prints (us_per_op always, p50/p95 when that version has them).
#
# usage: runner-agent/bench/harness-cost.sh
#        (env: ROUNDS=5 OPEN_N=50000 CONNECT_N=20000 CPU=0 TIMINGS="native_loop" SKIP_BUILD=0 REFERENCE_SCRIPTS=)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="$(cd "${here}/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
OPEN_N="${OPEN_N:-50000}"
CONNECT_N="${CONNECT_N:-20000}"
CPU="${CPU:-0}"
TIMINGS="${TIMINGS:-native_loop}"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

gcc -O2 -Wall -o "${work}/syscall_loop" "${module}/src/bench/c/syscall_loop.c"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    (cd "${module}/.." && ./mvnw -q -pl runner-agent -am package -DskipTests)
fi
runner="${module}/bin/benchwarden-runner"

field() { sed -n "s/.*\"\\?$1\"\\?[=:]\\([0-9.]*\\).*/\\1/p" | head -n 1; }

# The clock-read floor of the C loop (an empty operation between the two clock reads), for scale.
"${work}/syscall_loop" empty 200000 - "${CPU}"

for ((round = 1; round <= ROUNDS; round++)); do
    for workload in open connect; do
        n="${OPEN_N}"; target=/etc/hosts
        if [[ "${workload}" == connect ]]; then n="${CONNECT_N}"; target=9; fi
        harnesses="${TIMINGS}"
        if [[ -n "${REFERENCE_SCRIPTS:-}" ]]; then harnesses="${harnesses} reference"; fi
        for timing in ${harnesses}; do
            c_line="$("${work}/syscall_loop" "${workload}" "${n}" "${target}" "${CPU}")"
            if [[ "${timing}" == reference ]]; then
                j_line="$(FORMAT=json ITERATIONS="${n}" FILE=/etc/hosts taskset -c "${CPU}" \
                    "${REFERENCE_SCRIPTS}/perf_${workload}_bench.sh" 2>"${work}/err")" || { cat "${work}/err" >&2; exit 1; }
            else
                j_line="$(TIMING="${timing}" FORMAT=json ITERATIONS="${n}" BENCH_CPU="${CPU}" "${runner}" bench "${workload}" --quiet 2>"${work}/err")" \
                    || { cat "${work}/err" >&2; exit 1; }
                if grep -q "native timing loop" "${work}/err"; then cat "${work}/err" >&2; fi
            fi
            row="round=${round} workload=${workload} timing=${timing}"
            for key in us_per_op p50_us p95_us; do
                c="$(echo "${c_line}" | tr ' ' '\n' | field "${key}")"; j="$(echo "${j_line}" | tr ',' '\n' | field "${key}")"
                row="${row} c_${key}=${c:--} runner_${key}=${j:--}"
                if [[ -n "${j}" ]]; then row="${row} ratio_${key}=$(python3 -c "print(f'{${j}/${c}:.3f}')")"; fi
            done
            echo "${row}" | tee -a "${work}/rounds"
        done
    done
done

python3 - "${work}/rounds" <<'PY'
import statistics, sys
rows = [dict(kv.split("=") for kv in line.split()) for line in open(sys.argv[1])]
for timing in dict.fromkeys(x["timing"] for x in rows):
    for workload in ("open", "connect"):
        r = [x for x in rows if x["workload"] == workload and x["timing"] == timing]
        parts = []
        for key in ("p50_us", "p95_us", "us_per_op"):
            if all(x[f"runner_{key}"] != "-" for x in r):
                ratios = [float(x[f"runner_{key}"]) / float(x[f"c_{key}"]) for x in r]
                c = statistics.median(float(x[f"c_{key}"]) for x in r)
                j = statistics.median(float(x[f"runner_{key}"]) for x in r)
                parts.append(f"{key} ratio {statistics.median(ratios):.3f} (max {max(ratios):.3f}; C {c:.2f}, {timing} {j:.2f})")
        print(f"{workload} {timing} over {len(r)} rounds, median of {timing}/C: " + ", ".join(parts))
PY
