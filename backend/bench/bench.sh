#!/usr/bin/env bash
# Shared by the benchmark scripts: builds the test classpath, then runs the benchmark main class given first,
# passing the remaining options through. Output under backend/target/bench/.
set -euo pipefail
main="$1"
shift
cd "$(dirname "$0")/../.."
./mvnw -q -pl backend -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cd backend
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" "$main" "$@"
