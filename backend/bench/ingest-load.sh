#!/usr/bin/env bash
# Ingest load benchmark: builds the test classpath, then runs io.benchwarden.bench.IngestLoadBenchmark.
# Options are passed through: --uploaders=8 --warmup=15 --duration=30 --baseline=10 --jfr
# Output (and the service's log, and with --jfr a flight recording) goes to backend/target/bench/.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -pl backend -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    io.benchwarden.bench.IngestLoadBenchmark "$@"
