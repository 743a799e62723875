#!/usr/bin/env bash
# Harness cost: the runner's open_close and connect_loopback against a C loop doing the same calls, alternating
# C and runner in one session (C, runner, C, runner, ...), both pinned to the same CPU. The runner is measured
# with each TIMING listed (default: the native loop it uses by default; add jna_calls to see the Java loop).
# Prints p50/p95 per round, each round's runner/C ratios, and the median ratios over the rounds.
#
# usage: runner-agent/bench/harness-cost.sh
#        (env: ROUNDS=5 OPEN_N=50000 CONNECT_N=20000 CPU=0 TIMINGS="native_loop" SKIP_BUILD=0)
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
        for timing in ${TIMINGS}; do
            c_line="$("${work}/syscall_loop" "${workload}" "${n}" "${target}" "${CPU}")"
            j_line="$(TIMING="${timing}" FORMAT=json ITERATIONS="${n}" BENCH_CPU="${CPU}" "${runner}" bench "${workload}" --quiet 2>"${work}/err")" \
                || { cat "${work}/err" >&2; exit 1; }
            if grep -q "native timing loop" "${work}/err"; then cat "${work}/err" >&2; fi
            c50="$(echo "${c_line}" | tr ' ' '\n' | field p50_us)"; c95="$(echo "${c_line}" | tr ' ' '\n' | field p95_us)"
            j50="$(echo "${j_line}" | tr ',' '\n' | field p50_us)"; j95="$(echo "${j_line}" | tr ',' '\n' | field p95_us)"
            echo "round=${round} workload=${workload} timing=${timing} c_p50=${c50} c_p95=${c95} runner_p50=${j50} runner_p95=${j95}" \
                "ratio_p50=$(python3 -c "print(f'{${j50}/${c50}:.3f}')") ratio_p95=$(python3 -c "print(f'{${j95}/${c95}:.3f}')")" \
                | tee -a "${work}/rounds"
        done
    done
done

python3 - "${work}/rounds" <<'PY'
import statistics, sys
rows = [dict(kv.split("=") for kv in line.split()) for line in open(sys.argv[1])]
for timing in dict.fromkeys(x["timing"] for x in rows):
    for workload in ("open", "connect"):
        r = [x for x in rows if x["workload"] == workload and x["timing"] == timing]
        med = lambda key: statistics.median(float(x[key]) for x in r)
        p50 = [float(x["runner_p50"]) / float(x["c_p50"]) for x in r]
        p95 = [float(x["runner_p95"]) / float(x["c_p95"]) for x in r]
        print(f"{workload} {timing}: median ratio runner/C p50={statistics.median(p50):.3f} (max {max(p50):.3f}) "
              f"p95={statistics.median(p95):.3f} (max {max(p95):.3f}) over {len(r)} rounds; medians C "
              f"p50={med('c_p50'):.2f}us p95={med('c_p95'):.2f}us, runner p50={med('runner_p50'):.2f}us p95={med('runner_p95'):.2f}us")
PY
