#!/usr/bin/env bash
# Uploads one run to Benchwarden and writes run-id, run-url, result (and for hosted runs response-file) to
# $GITHUB_OUTPUT. Inputs come from the BW_* variables that action.yml sets.
#
# Exit codes follow the runner's: 0 stored (or, strict only, spooled for a later resend), 2 invalid input,
# 3 service unreachable (hosted only: there is no spool on a throw-away hosted machine), 4 rejected by the service.
set -euo pipefail

output() { echo "$1=$2" >>"${GITHUB_OUTPUT:-/dev/null}"; }
fail() { echo "::error title=Benchwarden upload::$2"; output result "${3:-rejected}"; exit "$1"; }

[ -n "${BW_SERVER:-}" ] || fail 2 "input 'server' is empty (set the BENCHWARDEN_URL variable)" invalid
[ -n "${BW_TOKEN:-}" ] || fail 2 "input 'token' is empty (set the BENCHWARDEN_TOKEN secret)" invalid
[ -n "${BW_PROJECT:-}" ] || fail 2 "input 'project' is empty" invalid
[ -d "${BW_DIR:-}" ] || fail 2 "artifact-dir '${BW_DIR:-}' is not a directory" invalid
echo "::add-mask::$BW_TOKEN"
server="${BW_SERVER%/}"
work="$(mktemp -d "${RUNNER_TEMP:-/tmp}/benchwarden-upload.XXXXXX")"

upload_strict() {
    local root launcher log code line
    # The action lives in .github/actions/benchwarden-upload of a Benchwarden checkout, local or remote.
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
    launcher="$root/runner-agent/bin/benchwarden-runner"
    if ! compgen -G "$root/runner-agent/target/*.jar" >/dev/null; then
        echo "building the runner in $root"
        (cd "$root" && ./mvnw -B -q -pl runner-agent -am package -DskipTests)
    fi
    # The token travels in the environment, not on the command line, so other users of the host cannot see it.
    export BENCHWARDEN_TOKEN="$BW_TOKEN"

    # Bundles spooled by earlier runs (service unreachable then) go first, oldest first.
    "$launcher" flush --server "$server" || echo "::warning title=Benchwarden upload::could not resend spooled bundles yet"

    local args=(upload "$BW_DIR" --server "$server" --project "$BW_PROJECT")
    [ -z "${BW_BRANCH:-}" ] || args+=(--branch "$BW_BRANCH")
    [ -z "${BW_COMMIT:-}" ] || args+=(--commit "$BW_COMMIT")
    [ -z "${BW_CI_RUN_ID:-}" ] || args+=(--ci-run-id "$BW_CI_RUN_ID")
    [ -z "${BW_STARTED_AT:-}" ] || args+=(--started-at "$BW_STARTED_AT")
    [ -z "${RUNNER_NAME:-}" ] || args+=(--runner "$RUNNER_NAME")
    log="$work/upload.log"
    set +e
    "$launcher" "${args[@]}" >"$log" 2>&1
    code=$?
    set -e
    cat "$log"
    case "$code" in
        0)
            # "uploaded DIR: run ID URL (strict gate: pass|fail)"
            line="$(grep -m1 '^uploaded ' "$log" || true)"
            output result stored
            output run-id "$(sed -E 's/.*: run ([^ ]+) .*/\1/' <<<"$line")"
            output run-url "$(sed -E 's/.*: run [^ ]+ ([^ ]+).*/\1/' <<<"$line")"
            ;;
        3)
            echo "::warning title=Benchwarden upload::service unreachable; the bundle is spooled on $(hostname) and is resent by the next upload"
            output result spooled
            ;;
        4) fail 4 "the service rejected the run; its error list is in the log above" ;;
        *) fail "$code" "the runner's upload stopped with exit code $code" invalid ;;
    esac
}

upload_hosted() {
    local file="$BW_DIR/benchmark.json" response="$work/hosted-response.json" headers="$work/auth" status
    [ -f "$file" ] || fail 2 "$file not found" invalid
    # The token goes to curl through a file rather than its command line.
    (umask 077 && printf 'Authorization: Bearer %s\n' "$BW_TOKEN" >"$headers")
    local form=(-F "benchmark.json=@$file;type=application/json" -F "project=$BW_PROJECT")
    [ -z "${BW_BRANCH:-}" ] || form+=(-F "branch=$BW_BRANCH")
    [ -z "${BW_COMMIT:-}" ] || form+=(-F "commit=$BW_COMMIT")
    [ -z "${BW_CI_RUN_ID:-}" ] || form+=(-F "ci_run_id=$BW_CI_RUN_ID")
    [ -z "${BW_STARTED_AT:-}" ] || form+=(-F "started_at=$BW_STARTED_AT")
    set +e
    status="$(curl -sS --retry 4 --retry-connrefused --retry-delay 2 -o "$response" -w '%{http_code}' \
        -H @"$headers" "${form[@]}" "$server/api/v1/hosted-runs")"
    local code=$?
    set -e
    rm -f "$headers"
    if [ "$code" -ne 0 ] || [ "$status" = 000 ] || [ "${status:0:1}" = 5 ]; then
        fail 3 "service unreachable or failing (curl exit $code, HTTP $status)" unreachable
    fi
    cat "$response"; echo
    output response-file "$response"
    case "$status" in
        2??)
            output result stored
            output run-id "$(jq -r '.id // empty' "$response" 2>/dev/null || true)"
            output run-url "$(jq -r '.url // empty' "$response" 2>/dev/null || true)"
            ;;
        *) fail 4 "the service rejected the hosted run (HTTP $status); its answer is in the log above" ;;
    esac
}

case "${BW_KIND:-strict}" in
    strict) upload_strict ;;
    hosted) upload_hosted ;;
    *) fail 2 "input 'kind' must be strict or hosted, got '${BW_KIND}'" invalid ;;
esac
