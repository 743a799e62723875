#!/usr/bin/env bash
# Start-up benchmark (docs/PERFORMANCE.md): starts the packaged jar N times, each on a fresh data directory (so
# every start runs initdb and all migrations, as a first installation does), and measures the time from launching
# the JVM to the "Benchwarden ready at" line, the resident memory (VmRSS) at that moment, and, with the demo on,
# the time until the demo history is seeded. Prints one line per start and the median, min and max.
#
#   backend/bench/startup.sh [--runs=5] [--demo=false|true] [--heap=512m] [--layout=cds|unpacked|jar]
#
# --layout says how the service is started: cds (the default, as the README starts it: the unpacked jar with the
# class data sharing archive), unpacked (the unpacked jar alone, as the Docker image runs it) or jar (the single
# executable jar). Needs what ./mvnw -q install -DskipTests builds. Output under backend/target/bench/.
set -euo pipefail
runs=5 demo=false heap=512m layout=cds
for arg in "$@"; do
  case "$arg" in
    --runs=*) runs="${arg#*=}" ;;
    --demo=*) demo="${arg#*=}" ;;
    --heap=*) heap="${arg#*=}" ;;
    --layout=*) layout="${arg#*=}" ;;
    *) echo "unknown option $arg" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
case "$layout" in
  cds) launch=(-XX:SharedArchiveFile=target/benchwarden/benchwarden.jsa -jar target/benchwarden/benchwarden.jar)
       need=target/benchwarden/benchwarden.jsa ;;
  unpacked) launch=(-jar target/benchwarden/benchwarden.jar) need=target/benchwarden/benchwarden.jar ;;
  jar) launch=(-jar target/benchwarden.jar) need=target/benchwarden.jar ;;
  *) echo "unknown layout $layout" >&2; exit 2 ;;
esac
[ -f "$need" ] || { echo "build it first: ./mvnw -q install -DskipTests" >&2; exit 2; }
work=target/bench/startup
mkdir -p "$work"

now_ms() { date +%s%3N; }
port_free() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

ready=() rss=() seeded=()
for i in $(seq 1 "$runs"); do
  data="$(mktemp -d "$work/data-XXXXXX")"
  log="$work/start-$i.log"
  port="$(port_free)"
  start="$(now_ms)"
  java "-Xmx$heap" "${launch[@]}" --server.port="$port" --benchwarden.data-dir="$data" --benchwarden.demo="$demo" \
    --benchwarden.admin-password=bench-admin-password >"$log" 2>&1 &
  pid=$!
  until grep -q "Benchwarden ready at" "$log"; do
    kill -0 "$pid" 2>/dev/null || { echo "the service exited; see $log" >&2; exit 1; }
    sleep 0.05
  done
  t_ready=$(( $(now_ms) - start ))
  kib="$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")"
  line="start $i: ready after ${t_ready} ms, RSS $(( kib / 1024 )) MiB"
  ready+=("$t_ready") rss+=("$(( kib / 1024 ))")
  if [ "$demo" = true ]; then
    until grep -q "Demo project 'demo-agent' created" "$log"; do sleep 0.1; done
    t_seeded=$(( $(now_ms) - start ))
    seeded+=("$t_seeded")
    line="$line, demo seeded after ${t_seeded} ms"
  fi
  echo "$line"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data"
done

summary() { # name unit values...
  local name="$1" unit="$2"; shift 2
  printf '%s\n' "$@" | sort -n | awk -v n="$name" -v u="$unit" '{v[NR]=$1} END {
    m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2;
    printf "%s: median %s %s (min %s, max %s, %d starts)\n", n, m, u, v[1], v[NR], NR }'
}
summary "start to ready" ms "${ready[@]}"
summary "RSS at ready" MiB "${rss[@]}"
[ "$demo" = true ] && summary "start to demo seeded" ms "${seeded[@]}"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
