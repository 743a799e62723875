#!/usr/bin/env bash
# Harness cost: the runner's open_close and connect_loopback against a C loop doing the same calls, alternating
# C and runner in one session, both pinned to the same CPU. Prints p50/p95 per round and the median ratios.
#
# usage: runner-agent/bench/harness-cost.sh     (env: ROUNDS=5 OPEN_N=50000 CONNECT_N=20000 CPU=0 SKIP_BUILD=0)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
module="$(cd "${here}/.." && pwd)"
ROUNDS="${ROUNDS:-5}"
OPEN_N="${OPEN_N:-50000}"
CONNECT_N="${CONNECT_N:-20000}"
CPU="${CPU:-0}"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT

gcc -O2 -Wall -o "${work}/syscall_loop" "${module}/src/bench/c/syscall_loop.c"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    (cd "${module}/.." && ./mvnw -q -pl runner-agent -am package -DskipTests)
fi
runner="${module}/bin/benchwarden-runner"

field() { sed -n "s/.*\"\\?$1\"\\?[=:]\\([0-9.]*\\).*/\\1/p" | head -n 1; }

for ((round = 1; round <= ROUNDS; round++)); do
    for workload in open connect; do
        n="${OPEN_N}"; [[ "${workload}" == connect ]] && n="${CONNECT_N}"
        c_line="$("${work}/syscall_loop" "${workload}" "${n}" $([[ ${workload} == open ]] && echo /etc/hosts || echo 9) "${CPU}")"
        j_line="$(FORMAT=json ITERATIONS="${n}" BENCH_CPU="${CPU}" "${runner}" bench "${workload}" --quiet 2>/dev/null)"
        c50="$(echo "${c_line}" | tr ' ' '\n' | field p50_us)"; c95="$(echo "${c_line}" | tr ' ' '\n' | field p95_us)"
        j50="$(echo "${j_line}" | tr ',' '\n' | field p50_us)"; j95="$(echo "${j_line}" | tr ',' '\n' | field p95_us)"
        echo "round=${round} workload=${workload} c_p50=${c50} c_p95=${c95} runner_p50=${j50} runner_p95=${j95}" | tee -a "${work}/rounds"
    done
done

python3 - "${work}/rounds" <<'PY'
import statistics, sys
rows = [dict(kv.split("=") for kv in line.split()) for line in open(sys.argv[1])]
for workload in ("open", "connect"):
    r = [x for x in rows if x["workload"] == workload]
    p50 = statistics.median(float(x["runner_p50"]) / float(x["c_p50"]) for x in r)
    p95 = statistics.median(float(x["runner_p95"]) / float(x["c_p95"]) for x in r)
    print(f"{workload}: median ratio runner/C p50={p50:.3f} p95={p95:.3f} over {len(r)} rounds "
          f"(C median p50={statistics.median(float(x['c_p50']) for x in r):.2f}us p95={statistics.median(float(x['c_p95']) for x in r):.2f}us)")
PY
