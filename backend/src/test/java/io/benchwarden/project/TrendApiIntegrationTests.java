package io.benchwarden.project;

import static io.benchwarden.contract.ArtifactNames.CONNECT_WITH_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The trend endpoint's window, thinning and change points, through HTTP against the real database. */
class TrendApiIntegrationTests extends ApiTestSupport {

    private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    private static final int RUNS = 12;
    private String project;

    @BeforeEach
    void history() {
        project = newProject("trend");
        for (int i = 0; i < RUNS; i++) {
            double p95 = (i < 6 ? 100.0 : 150.0) + i % 2;
            Reply reply = upload(Examples.withJson(Examples.strictRun(), CONNECT_WITH_AGENT, n -> n.put("p95_us", p95)),
                    Map.of("project", project, "branch", "main", "commit", "abcdef" + (10 + i), "ci_run_id",
                            project + "-" + i, "started_at", T0.plus(i, ChronoUnit.DAYS).toString()));
            assertThat(reply.status()).isEqualTo(201);
        }
    }

    private JsonNode trends(String query) {
        Reply reply = get("/api/v1/projects/" + project + "/trends" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode chart(JsonNode trends, String id) {
        return trends.get("charts").valueStream().filter(c -> c.get("id").stringValue().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void shouldGiveOneValuePerRunOldestFirstAndMarkTheShift() {
        JsonNode trends = trends("");
        assertThat(trends.get("total_runs").longValue()).isEqualTo(RUNS);
        assertThat(trends.get("points")).hasSize(RUNS);
        assertThat(trends.at("/points/0/started_at").stringValue()).isEqualTo(T0.toString());
        JsonNode connect = chart(trends, "p95-ratio").get("series").get(1);
        assertThat(connect.get("label").stringValue()).isEqualTo("connect p95 ratio");
        assertThat(connect.get("values").get(0).doubleValue()).isEqualTo(100.0 / 105.39);
        assertThat(connect.get("change_points").valueStream().map(JsonNode::intValue).toList()).containsExactly(6);
        assertThat(chart(trends, "p95-ratio").get("series").get(2).get("values").get(0).doubleValue()).isEqualTo(1.05);
    }

    @Test
    void shouldThinALongWindowEvenlyToTheMaximumNumberOfPoints() {
        JsonNode thinned = trends("?max_points=5");
        assertThat(thinned.get("total_runs").longValue()).isEqualTo(RUNS);
        assertThat(thinned.get("points").size()).isBetween(4, 5);
        chart(thinned, "open-latency").get("series")
                .forEach(series -> assertThat(series.get("values")).hasSize(thinned.get("points").size()));
    }

    @Test
    void shouldKeepOnlyTheRequestedWindowOrTheNewestRuns() {
        JsonNode window = trends("?from=" + T0.plus(2, ChronoUnit.DAYS) + "&to=" + T0.plus(5, ChronoUnit.DAYS));
        assertThat(window.get("points")).hasSize(3);
        JsonNode newest = trends("?last=3");
        assertThat(newest.get("points")).hasSize(3);
        assertThat(newest.at("/points/2/started_at").stringValue()).isEqualTo(T0.plus(RUNS - 1, ChronoUnit.DAYS)
                .toString());
    }

    @Test
    void shouldRejectAnOutOfRangeMaximumAndAnUnknownProject() {
        assertThat(get("/api/v1/projects/" + project + "/trends?max_points=2001").status()).isEqualTo(400);
        assertThat(get("/api/v1/projects/no-such-project/trends").status()).isEqualTo(404);
    }
}
