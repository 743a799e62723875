#!/usr/bin/env bash
# Times the reference workflow's measurement steps, the yardstick of the runner's time to verdict: the six commands
# of the strict perf workflow (perf_compare.sh, perf_workload_suite.sh and the four percentile benches) exactly as
# the workflow runs them, in a checkout of the agent project, with a stand-in agent that idles on 'run --audit' (as
# aa-run.sh's does). The SLO check and the validator that follow take well under a second and are left out.
#
# usage: runner-agent/bench/reference-steps.sh AGENT_CHECKOUT   (env: RUNS=3; run as root, as the workflow does)
set -euo pipefail

checkout="${1:?usage: reference-steps.sh AGENT_CHECKOUT (a checkout of the agent project, with its scripts/)}"
[[ -x "${checkout}/scripts/perf_compare.sh" ]] || { echo "no scripts/perf_compare.sh in ${checkout}" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
cat >"${work}/agent" <<'SH'
#!/bin/sh
case "$1" in run) exec sleep infinity ;; *) exit 0 ;; esac
SH
chmod +x "${work}/agent"
out="${work}/perf"
mkdir -p "${out}"
cd "${checkout}"
echo "start $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
for ((run = 1; run <= ${RUNS:-3}; run++)); do
    start=$(date +%s.%N)
    # A gate that fails is still a verdict: the time counts either way.
    BIN="${work}/agent" OUT_JSON="${out}/open_compare.json" MAX_PCT=10 ITERATIONS=200000 FILE=/etc/hosts \
        scripts/perf_compare.sh >/dev/null || true
    BIN="${work}/agent" FILE=/etc/hosts OPEN_ITERATIONS=200000 CONNECT_ITERATIONS=50000 READ_ITERATIONS=50000 \
        STAT_SAMPLE=400 STAT_ITERATIONS=50 MAX_OPEN_PCT=10 MAX_CONNECT_PCT=15 MAX_READ_PCT=15 MAX_STAT_PCT=15 \
        FORMAT=json OUT="${out}/workload_suite.json" scripts/perf_workload_suite.sh >/dev/null || true
    FORMAT=json OUT="${out}/open_baseline.json" ITERATIONS=100000 FILE=/etc/hosts scripts/perf_open_bench.sh >/dev/null
    WITH_AGENT=1 BIN="${work}/agent" FORMAT=json OUT="${out}/open_with_agent.json" ITERATIONS=100000 FILE=/etc/hosts \
        scripts/perf_open_bench.sh >/dev/null
    FORMAT=json OUT="${out}/connect_baseline.json" ITERATIONS=50000 scripts/perf_connect_bench.sh >/dev/null
    WITH_AGENT=1 BIN="${work}/agent" FORMAT=json OUT="${out}/connect_with_agent.json" ITERATIONS=50000 \
        scripts/perf_connect_bench.sh >/dev/null
    end=$(date +%s.%N)
    python3 -c "print(f'run ${run}: {${end} - ${start}:.1f} s')"
done
echo "end $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"
