#!/usr/bin/env bash
# Starts the packaged service with an arm64 JVM on an x86_64 Debian host, through user-mode emulation
# (qemu-user-static and binfmt_misc), on a fresh data directory: the embedded PostgreSQL it starts is then the jar's
# arm64 build, emulated as well. Prints the time to the ready line and the health answer. Slow (about 90 s, all
# emulated) and a check of the arm64 packaging, not of arm64 speed. Needs root, Debian's package sources and
# `./mvnw -q install -DskipTests` (or package) first; installs qemu-user-static, binfmt-support and the arm64 C
# libraries, and unpacks Debian's openjdk-17 arm64 runtime under backend/target/arm64-jre.
#   backend/bench/arm64-start.sh [PORT]
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18081}"
jre="target/arm64-jre"
if [[ ! -x "${jre}/usr/lib/jvm/java-17-openjdk-arm64/bin/java" ]]; then
    dpkg --add-architecture arm64
    apt-get update -qq
    apt-get install -y -qq qemu-user-static binfmt-support libc6:arm64 zlib1g:arm64 libgcc-s1:arm64 libstdc++6:arm64 >/dev/null
    [[ -e /proc/sys/fs/binfmt_misc/register ]] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
    update-binfmts --enable qemu-aarch64 2>/dev/null || true
    mkdir -p "${jre}"
    (cd "${jre}" && apt-get download -qq openjdk-17-jre-headless:arm64 && dpkg -x openjdk-17-jre-headless_*_arm64.deb .)
fi
java="${jre}/usr/lib/jvm/java-17-openjdk-arm64/bin/java"
file -L "${java}" | grep -q aarch64 || { echo "${java} is not an arm64 binary" >&2; exit 1; }
data="$(mktemp -d)"
log="target/arm64-start.log"
pid=""
trap 'kill "${pid}" 2>/dev/null || true; wait "${pid}" 2>/dev/null || true; rm -rf "${data}"' EXIT
"${java}" -Xmx512m -jar target/benchwarden/benchwarden.jar --benchwarden.data-dir="${data}" --server.port="${port}" \
    --benchwarden.demo=false >"${log}" 2>&1 &
pid=$!
until grep -q "Benchwarden ready at" "${log}"; do
    kill -0 "${pid}" 2>/dev/null || { echo "the service stopped before it was ready; ${log}:" >&2; tail -20 "${log}" >&2; exit 1; }
    sleep 2
done
grep -o "Benchwarden ready at .*(started in [0-9.]* s)" "${log}"
echo "JVM: $("${java}" -XshowSettings:properties -version 2>&1 | grep 'os.arch' | xargs)"
echo "health: $(curl -s "http://localhost:${port}/actuator/health")"
# An emulated postgres runs through the emulator: its command line names the binary the jar unpacked.
postmaster="$(head -1 "${data}/pgdata/postmaster.pid")"
binary="$(tr '\0' '\n' <"/proc/${postmaster}/cmdline" | grep -m1 '/bin/postgres$')"
echo "postmaster ${postmaster}: ${binary}: $(file -b "${binary}" | cut -d, -f1-2)"
