package io.benchwarden.trend;

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

    @Test
    void shouldDrawEachHostedSeriesAgainstItsBaselineAndThresholdBandAndLinkToTheHostedRunPage() {
        String hosted = newProject("hosted-trend");
        double[] factors = { 1.0, 1.3, 1.0 };
        long[] ids = new long[factors.length];
        for (int i = 0; i < factors.length; i++) {
            Reply reply = uploadHosted(Examples.hostedScaled("BM_ParsePolicy_mean", factors[i]), Map.of("project", hosted,
                    "branch", "main", "commit", "abcdef" + (20 + i), "started_at", T0.plus(i, ChronoUnit.DAYS).toString()));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            ids[i] = reply.json().get("id").longValue();
        }

        Reply reply = get("/api/v1/projects/" + hosted + "/hosted-trends");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode trends = reply.json();
        assertThat(trends.get("points").valueStream().map(p -> p.get("url").stringValue()).toList())
                .containsExactly("/hosted-runs/" + ids[0], "/hosted-runs/" + ids[1], "/hosted-runs/" + ids[2]);
        JsonNode chart = trends.get("charts").valueStream()
                .filter(c -> c.get("title").stringValue().equals("BM_ParsePolicy")).findFirst().orElseThrow();
        // mean real time 2621.1851 ns, then 1.3 times that, then back; each run's baseline is the run before it
        double mean = 2621.1851001948803;
        JsonNode series = chart.get("series");
        assertThat(series.valueStream().map(x -> x.get("label").stringValue()).toList())
                .containsExactly("mean real time", "baseline", "upper threshold", "lower threshold");
        assertThat(series.get(0).get("values").get(1).doubleValue()).isCloseTo(mean * 1.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(series.get(1).get("values").get(0).isNull()).isTrue();
        assertThat(series.get(1).get("values").get(2).doubleValue()).isCloseTo(mean * 1.3, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(series.get(2).get("values").get(1).doubleValue()).isCloseTo(mean * 1.2, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(series.get(3).get("values").get(1).doubleValue()).isCloseTo(mean * 0.8, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void shouldDrawEachRunsBudgetFromTheBudgetVersionThatJudgedIt() {
        String judged = newProject("trend-budgets");
        uploadDays(judged, 0, 2);
        assertThat(asAdmin("PUT", "/api/v1/projects/" + judged + "/budgets",
                "{\"max_open_p95_ratio\":1.08,\"max_connect_p95_ratio\":1.08}").status()).isEqualTo(201);
        uploadDays(judged, 2, 4);
        assertThat(asAdmin("PUT", "/api/v1/projects/" + judged + "/budgets",
                "{\"max_open_p95_ratio\":1.08,\"max_connect_p95_ratio\":1.2}").status()).isEqualTo(201);
        uploadDays(judged, 4, 5);

        JsonNode series = chart(get("/api/v1/projects/" + judged + "/trends").json(), "p95-ratio").get("series");

        assertThat(series.valueStream().map(x -> x.get("label").stringValue()).toList())
                .containsExactly("open p95 ratio", "connect p95 ratio", "open budget", "connect budget");
        assertThat(series.get(2).get("values").valueStream().map(JsonNode::doubleValue).toList())
                .containsExactly(1.05, 1.05, 1.08, 1.08, 1.08);
        assertThat(series.get(3).get("values").valueStream().map(JsonNode::doubleValue).toList())
                .containsExactly(1.05, 1.05, 1.08, 1.08, 1.2);
    }

    private void uploadDays(String name, int from, int to) {
        for (int i = from; i < to; i++) {
            Reply reply = upload(Examples.strictRun(), Map.of("project", name, "branch", "main", "commit",
                    "abcdef" + (30 + i), "ci_run_id", name + "-" + i, "started_at", T0.plus(i, ChronoUnit.DAYS).toString()));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }
    }
}
