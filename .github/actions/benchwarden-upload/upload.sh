#!/usr/bin/env bash
# Uploads one run to Benchwarden with curl and writes run-id, run-url, status, result, response-file (and with
# commit-status, promotion) to $GITHUB_OUTPUT. Inputs come from the BW_* variables that action.yml sets. Needs bash,
# curl and the POSIX tools every runner has (awk, sed): no Java, no Python, no checkout of Benchwarden.
#
# Exit codes follow the runner's upload: 0 stored, 1 stored but the strict gate failed (unless fail-on-gate is
# false), 2 invalid input, 3 service unreachable or failing (nothing is spooled: a hosted machine is thrown away),
# 4 rejected by the service, 6 stored but the commit status could not be set.
set -euo pipefail

output() { printf '%s=%s\n' "$1" "$2" >>"${GITHUB_OUTPUT:-/dev/null}"; }

# Workflow commands end at a line break, so %, CR and LF in a message are written as GitHub decodes them.
command_text() {
    local text="${1//'%'/%25}"
    text="${text//$'\r'/%0D}"
    printf '%s' "${text//$'\n'/%0A}"
}

fail() {
    echo "::error title=Benchwarden upload::$(command_text "$2")"
    output result "${3:-rejected}"
    exit "$1"
}

# JSON answers are read through one flattener: a line "path<TAB>value" for every string, number, true, false and
# null, paths written like .strict.status or .warnings[0].message. String escapes are decoded (\uXXXX for ASCII; other
# code points are kept as written), and control characters in values become spaces so each value fits one line.
flatten_json() {
    awk '
    function fail(why) { printf "invalid JSON at character %d: %s\n", pos, why > "/dev/stderr"; exit 3 }
    function space() { while (pos <= n && index(" \t\r\n", substr(text, pos, 1)) > 0) pos++ }
    function emit(path, value) { gsub(/[\001-\037]/, " ", value); print path "\t" value }
    function hexdigit(c) { return index("0123456789abcdef", tolower(c)) - 1 }
    function string_token(    out, c, e, code) {
        pos++
        out = ""
        while (pos <= n) {
            c = substr(text, pos, 1)
            if (c == "\"") { pos++; return out }
            if (c == "\\") {
                e = substr(text, pos + 1, 1)
                if (e == "n" || e == "r" || e == "t" || e == "b" || e == "f") { out = out " "; pos += 2 }
                else if (e == "u") {
                    code = hexdigit(substr(text, pos + 2, 1)) * 4096 + hexdigit(substr(text, pos + 3, 1)) * 256 \
                        + hexdigit(substr(text, pos + 4, 1)) * 16 + hexdigit(substr(text, pos + 5, 1))
                    out = out (code >= 32 && code < 127 ? sprintf("%c", code) : (code < 32 ? " " : substr(text, pos, 6)))
                    pos += 6
                }
                else { out = out e; pos += 2 }
                continue
            }
            out = out c
            pos++
        }
        fail("unterminated string")
    }
    function value(path,    c, count, key, literal) {
        space()
        c = substr(text, pos, 1)
        if (c == "{") {
            pos++; space()
            if (substr(text, pos, 1) == "}") { pos++; return }
            while (1) {
                space()
                if (substr(text, pos, 1) != "\"") fail("expected a key")
                key = string_token()
                space()
                if (substr(text, pos, 1) != ":") fail("expected :")
                pos++
                value(path "." key)
                space()
                c = substr(text, pos++, 1)
                if (c == "}") return
                if (c != ",") fail("expected , or }")
            }
        }
        if (c == "[") {
            pos++; space()
            if (substr(text, pos, 1) == "]") { pos++; return }
            for (count = 0; 1; count++) {
                value(path "[" count "]")
                space()
                c = substr(text, pos++, 1)
                if (c == "]") return
                if (c != ",") fail("expected , or ]")
            }
        }
        if (c == "\"") { emit(path, string_token()); return }
        literal = substr(text, pos, 64)
        if (match(literal, /^(true|false|null|-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?)/)) {
            emit(path, substr(literal, 1, RLENGTH))
            pos += RLENGTH
            return
        }
        fail("unexpected " c)
    }
    { text = text $0 "\n" }
    END { n = length(text); pos = 1; value(""); space(); if (pos <= n) fail("text after the value") }
    ' "$1"
}

# The value at one path of a flattened answer (empty when absent or null).
json_value() { awk -F '\t' -v path="$2" '$1 == path && !found { found = 1; if ($2 != "null") print $2 }' "$1"; }

# A JSON string literal for a request body.
json_string() {
    local text="${1//\\/\\\\}"
    text="${text//\"/\\\"}"
    printf '"%s"' "$(printf '%s' "$text" | tr -d '\000-\037')"
}

# The answer's url made absolute: kept when it has a scheme, otherwise resolved against the server URL used.
absolute_url() {
    local url="$1" origin
    origin="$(sed -E 's#^([A-Za-z][A-Za-z0-9+.-]*://[^/]*).*#\1#' <<<"$server")"
    case "$url" in
        "") ;;
        [A-Za-z]*://*) printf '%s' "$url" ;;
        //*) printf '%s' "${server%%://*}:$url" ;;
        /*) printf '%s' "$origin$url" ;;
        *) printf '%s' "$server/$url" ;;
    esac
}

truthy() {
    case "$(tr '[:upper:]' '[:lower:]' <<<"$1")" in
        true | yes | 1 | on) return 0 ;;
        false | no | 0 | off | "") return 1 ;;
        *) fail 2 "input '$2' must be true or false, got '$1'" invalid ;;
    esac
}

[ -n "${BW_SERVER:-}" ] || fail 2 "input 'server' is empty (set the BENCHWARDEN_URL variable)" invalid
[ -n "${BW_TOKEN:-}" ] || fail 2 "input 'token' is empty (set the BENCHWARDEN_TOKEN secret)" invalid
[ -n "${BW_PROJECT:-}" ] || fail 2 "input 'project' is empty" invalid
[ -d "${BW_DIR:-}" ] || fail 2 "artifact-dir '${BW_DIR:-}' is not a directory" invalid
kind="${BW_KIND:-strict}"
case "$kind" in strict | hosted) ;; *) fail 2 "input 'kind' must be strict or hosted, got '$kind'" invalid ;; esac
fail_on_gate=true
truthy "${BW_FAIL_ON_GATE:-true}" fail-on-gate || fail_on_gate=false
commit_status=false
truthy "${BW_COMMIT_STATUS:-false}" commit-status && commit_status=true
if [ "$commit_status" = true ] && [ -z "${BW_GITHUB_TOKEN:-}" ]; then
    fail 2 "input 'github-token' is empty while commit-status is true (pass secrets.GITHUB_TOKEN, with the job's permission statuses: write)" invalid
fi
repository="${BW_REPOSITORY:-${GITHUB_REPOSITORY:-}}"
if [ "$commit_status" = true ] && [ -z "$repository" ]; then
    fail 2 "commit-status needs the repository: set the repository input (GITHUB_REPOSITORY is not set either)" invalid
fi
echo "::add-mask::$BW_TOKEN"
[ -z "${BW_GITHUB_TOKEN:-}" ] || echo "::add-mask::$BW_GITHUB_TOKEN"

server="${BW_SERVER%/}"
# In a workflow the run measures the commit that triggered it, unless the caller says otherwise.
branch="${BW_BRANCH:-${GITHUB_HEAD_REF:-${GITHUB_REF_NAME:-}}}"
commit="${BW_COMMIT:-${GITHUB_SHA:-}}"
ci_run_id="${BW_CI_RUN_ID:-}"
if [ -z "$ci_run_id" ] && [ -n "${GITHUB_RUN_ID:-}" ]; then
    ci_run_id="${GITHUB_REPOSITORY:-}/$GITHUB_RUN_ID/${GITHUB_RUN_ATTEMPT:-1}"
fi
if [ "$commit_status" = true ] && [ -z "$commit" ]; then
    fail 2 "commit-status needs the commit: set the commit input (GITHUB_SHA is not set either)" invalid
fi
runner="${BW_RUNNER:-${RUNNER_NAME:-$(uname -n)}}"
work="$(mktemp -d "${RUNNER_TEMP:-/tmp}/benchwarden-upload.XXXXXX")"
headers="$work/auth"
response="$work/response.json"
flat="$work/response.tsv"

# Tokens go to curl through a file rather than its command line, where other users of the host could read them.
(umask 077 && printf 'Authorization: Bearer %s\n' "$BW_TOKEN" >"$headers")
trap 'rm -f "$headers" "$work/github-auth"' EXIT

form=(-F "project=$BW_PROJECT")
[ -z "$branch" ] || form+=(-F "branch=$branch")
[ -z "$commit" ] || form+=(-F "commit=$commit")
[ -z "$ci_run_id" ] || form+=(-F "ci_run_id=$ci_run_id")
started_at="${BW_STARTED_AT:-}"

if [ "$kind" = strict ]; then
    endpoint=/api/v1/runs
    form+=(-F "runner=$runner")
    # The runner's run-metadata.json says when the measurement ran; like the runner's upload, send that time
    # rather than the time of upload, and keep the file itself to the perf host.
    if [ -z "$started_at" ] && [ -f "$BW_DIR/run-metadata.json" ]; then
        started_at="$(flatten_json "$BW_DIR/run-metadata.json" | json_value - .started_at)" \
            || fail 2 "$BW_DIR/run-metadata.json is not valid JSON" invalid
    fi
    # Every other file the perf workflow left, each as a part named by its file name; the service keeps extra ones.
    parts=0
    for file in "$BW_DIR"/*; do
        [ -f "$file" ] || continue
        name="$(basename "$file")"
        [ "$name" != run-metadata.json ] || continue
        [[ "$name" =~ ^[A-Za-z0-9._-]+$ ]] || fail 2 "$file: the file name may hold only letters, digits, '.', '_' and '-'" invalid
        form+=(-F "$name=@$file")
        parts=$((parts + 1))
    done
    [ "$parts" -gt 0 ] || fail 2 "artifact-dir '$BW_DIR' holds no files" invalid
else
    endpoint=/api/v1/hosted-runs
    [ -f "$BW_DIR/benchmark.json" ] || fail 2 "$BW_DIR/benchmark.json not found" invalid
    form+=(-F "benchmark.json=@$BW_DIR/benchmark.json;type=application/json")
fi
[ -z "$started_at" ] || form+=(-F "started_at=$started_at")

# Retrying is safe: the service stores a ci_run_id (or identical content) once.
set +e
http="$(curl -sS --retry 4 --retry-connrefused --retry-delay 2 -o "$response" -w '%{http_code}' \
    -H @"$headers" "${form[@]}" "$server$endpoint")"
code=$?
set -e
if [ "$code" -ne 0 ] || [ "$http" = 000 ] || [ "${http:0:1}" = 5 ]; then
    fail 3 "service unreachable or failing at $server$endpoint (curl exit $code, HTTP $http)" unreachable
fi
output response-file "$response"
flatten_json "$response" >"$flat" 2>"$work/json-problem" \
    || fail 4 "the service answered HTTP $http with something other than JSON: $(cat "$work/json-problem")"

case "$http" in
    2??) ;;
    *)
        # 422 lists every problem; each becomes an annotation naming the artifact and the field.
        awk -F '\t' '
            match($1, /^\.errors\[[0-9]+\]\./) {
                i = substr($1, 9, RLENGTH - 10) + 0; part[i, substr($1, RLENGTH + 1)] = $2 == "null" ? "" : $2; if (i >= n) n = i + 1
            }
            END { for (i = 0; i < n; i++) print part[i, "artifact"] "\037" part[i, "field"] "\037" part[i, "message"] }
        ' "$flat" | while IFS=$'\037' read -r artifact field message; do
            echo "::error title=Benchwarden upload::$(command_text "$artifact${field:+: $field}: $message")"
        done
        fail 4 "the service rejected the $kind run (HTTP $http): $(json_value "$flat" .message)"
        ;;
esac

run_id="$(json_value "$flat" .id)"
run_url="$(absolute_url "$(json_value "$flat" .url)")"
status="$(json_value "$flat" .strict.status)"
output result stored
output run-id "$run_id"
output run-url "$run_url"
output status "$status"
echo "stored as run $run_id${run_url:+ at $run_url}${status:+ (strict gate: $status)}"

# Warnings are strings, or objects with a message.
awk -F '\t' '$1 ~ /^\.warnings\[[0-9]+\](\.message)?$/ { print $2 }' "$flat" | while IFS= read -r warning; do
    echo "::warning title=Benchwarden::$(command_text "$warning")"
done

summary="${GITHUB_STEP_SUMMARY:-/dev/null}"
{
    if [ -n "$run_url" ]; then echo "### Benchwarden: $kind run [$run_id]($run_url)"; else echo "### Benchwarden: $kind run $run_id"; fi
    [ -z "$status" ] || echo "Strict gate: **$(tr '[:lower:]' '[:upper:]' <<<"$status")**"
} >>"$summary"

exit_code=0
if [ "$commit_status" = true ]; then
    promotion="$work/promotion.json"
    set +e
    http="$(curl -sS --retry 4 --retry-connrefused --retry-delay 2 -o "$promotion" -w '%{http_code}' -G \
        -H @"$headers" --data-urlencode "project=$BW_PROJECT" --data-urlencode "commit=$commit" \
        "$server/api/v1/promotion")"
    code=$?
    set -e
    if [ "$code" -ne 0 ] || [ "$http" != 200 ] || ! flatten_json "$promotion" >"$work/promotion.tsv" \
        || ! grep -qE $'^\\.promotable\t(true|false)$' "$work/promotion.tsv"; then
        echo "::error title=Benchwarden commit status::$(command_text "the run is stored, but the promotion of $commit could not be read (curl exit $code, HTTP $http): $(cat "$promotion" 2>/dev/null)")"
        exit_code=6
    else
        promotable="$(json_value "$work/promotion.tsv" .promotable)"
        classification="$(json_value "$work/promotion.tsv" .classification)"
        reasons="$(awk -F '\t' '$1 ~ /^\.reasons\[[0-9]+\]$/ { printf "%s%s", sep, $2; sep = "; " }' "$work/promotion.tsv")"
        # As the runner's upload --commit-status: awaiting_strict is not decided yet, anything else not promotable
        # blocks; the line is the classification, then the reasons.
        if [ "$classification" = awaiting_strict ]; then
            state=pending
        elif [ "$promotable" = true ]; then
            state=success
        else
            state=failure
        fi
        if [ -z "$classification" ]; then
            classification="$([ "$promotable" = true ] && echo promotable || echo blocked)"
        fi
        line="$classification${reasons:+: $reasons}"
        output promotion "$line"
        echo "Benchwarden promotion of $commit: $line" >>"$summary"
        # GitHub keeps at most 140 characters of a status description.
        description="$line"
        [ "${#description}" -le 140 ] || description="${description:0:139}…"
        body="{\"state\":\"$state\",\"context\":\"benchwarden/promotion\",\"description\":$(json_string "$description")"
        [ -z "$run_url" ] || body+=",\"target_url\":$(json_string "$run_url")"
        body+="}"
        (umask 077 && printf 'Authorization: Bearer %s\n' "$BW_GITHUB_TOKEN" >"$work/github-auth")
        api="${GITHUB_API_URL:-https://api.github.com}/repos/$repository/statuses/$commit"
        set +e
        http="$(curl -sS --retry 4 --retry-delay 2 -o "$work/status.json" -w '%{http_code}' -X POST \
            -H @"$work/github-auth" -H 'Accept: application/vnd.github+json' -H 'X-GitHub-Api-Version: 2022-11-28' \
            -H 'Content-Type: application/json' --data-binary "$body" "$api")"
        code=$?
        set -e
        if [ "$code" -ne 0 ] || [ "$http" != 201 ]; then
            echo "::error title=Benchwarden commit status::$(command_text "the run is stored, but GitHub did not take the commit status for $commit in $repository (curl exit $code, HTTP $http): $(cat "$work/status.json" 2>/dev/null)")"
            exit_code=6
        else
            echo "commit status benchwarden/promotion: $state ($line)"
        fi
    fi
fi

if [ "$status" = fail ]; then
    if [ "$fail_on_gate" = true ]; then
        echo "::error title=Strict perf gate::the gate failed for run $run_id${run_url:+ ($run_url)}; fail-on-gate: false keeps the step green"
        exit 1
    fi
    echo "::warning title=Benchwarden upload::the strict gate failed for run $run_id (fail-on-gate is false)"
fi
exit "$exit_code"
