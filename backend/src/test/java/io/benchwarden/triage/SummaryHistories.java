package io.benchwarden.triage;

import static io.benchwarden.contract.ArtifactNames.CONNECT_WITH_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import io.benchwarden.system.Sha256;
import tools.jackson.databind.JsonNode;

/**
 * Hand-built branch histories for the summary tests: one commit an hour on main, strict runs that fail the
 * connect p95 ratio, the open compare, both or neither, and hosted runs with BM_ParsePolicy slowed down.
 */
abstract class SummaryHistories extends ApiTestSupport {

    /** The rows a connect p95 of 135.69 µs against 105.39 fails: its overhead (28.75 %) and its ratio (1.2875). */
    static final List<String> CONNECT = List.of("audit_mode_connect/p95_overhead_pct", "audit_mode_connect/p95_ratio");
    /** The row an open compare of +32.86 % fails. */
    static final String COMPARE = "audit_mode_open/delta_pct";
    /** Every row of both, in name order. */
    static final List<String> BOTH = List.of(CONNECT.get(0), CONNECT.get(1), COMPARE);
    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

    protected String project;
    private int hour;

    /** Which rows a strict run fails. */
    enum Fails {
        NONE, CONNECT, COMPARE, BOTH
    }

    /** The commit id a test's commit name stands for (ids are 7 to 40 hex digits). */
    static String sha(String name) {
        return Sha256.hex(name.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    protected Map<String, String> fields(String commit) {
        Map<String, String> fields = new HashMap<>();
        fields.put("project", project);
        fields.put("branch", "main");
        fields.put("commit", sha(commit));
        fields.put("started_at", T0.plusSeconds(3600L * hour++).toString());
        return fields;
    }

    /** @return the strict run's id */
    protected long strict(String commit, Fails fails) {
        Map<String, byte[]> bundle = switch (fails) {
            case NONE -> Bundles.passingStrictRun();
            case CONNECT -> Examples.withReports(Examples.withJson(Bundles.passingStrictRun(), CONNECT_WITH_AGENT,
                    n -> n.put("p95_us", 135.69)));
            case COMPARE -> Examples.withReports(Examples.withJson(Examples.strictRun(), CONNECT_WITH_AGENT,
                    n -> n.put("p95_us", 105.0)));
            case BOTH -> Examples.withReports(Examples.strictRun());
        };
        return strict(commit, bundle);
    }

    protected long strict(String commit, Map<String, byte[]> bundle) {
        Reply reply = upload(bundle, fields(commit));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").longValue();
    }

    /** @return the hosted run's id; a factor of 1.3 against the previous hosted run raises an alert */
    protected long hosted(String commit, double factor) {
        Reply reply = uploadHosted(Examples.hostedScaled("BM_ParsePolicy_mean", factor), fields(commit));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").longValue();
    }

    protected List<JsonNode> summaries() {
        Reply reply = get("/api/v1/alert-summaries?project=" + project + "&branch=main");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("summaries").valueStream().toList();
    }

    protected JsonNode summary(long id) {
        Reply reply = get("/api/v1/alert-summaries/" + id);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    protected static List<String> texts(JsonNode array, String field) {
        return array.valueStream().map(node -> field == null ? node.asString() : node.get(field).asString()).toList();
    }
}
