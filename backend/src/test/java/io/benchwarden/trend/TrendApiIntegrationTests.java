package io.benchwarden.trend;

import static io.benchwarden.contract.ArtifactNames.CONNECT_WITH_AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.RunnerBundles;
import io.benchwarden.support.RunnerBundles.Interval;
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

    @Test
    void shouldBandEachP95RatioAndTheOpenCompareWithTheirHostsNoiseFloorAsOfEachRun() {
        String measured = newProject("trend-noise");
        // connect intervals of half-width 0.010, 0.030, 0.020, 0.025, 0.015, 0.040 around 1.03; open 0.004 around
        // 1.01; the open compare 0.01 around +2 %
        double[] connect = { 0.010, 0.030, 0.020, 0.025, 0.015, 0.040 };
        for (int i = 0; i < connect.length; i++) {
            var bundle = RunnerBundles.measuredInRounds(new Interval(1.006, 1.014),
                    new Interval(1.03 - connect[i], 1.03 + connect[i]), new Interval(1.01, 1.03));
            Reply reply = upload(bundle, Map.of("project", measured, "runner", measured + "-perf", "commit",
                    "abcdef" + (40 + i), "started_at", T0.plus(i, ChronoUnit.DAYS).toString()));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }

        JsonNode trends = get("/api/v1/projects/" + measured + "/trends").json();
        JsonNode series = chart(trends, "p95-ratio").get("series");

        assertThat(series.valueStream().map(x -> x.get("label").stringValue()).toList()).containsExactly(
                "open p95 ratio", "connect p95 ratio", "budget", "upper noise floor, open p95 ratio",
                "lower noise floor, open p95 ratio", "upper noise floor, connect p95 ratio",
                "lower noise floor, connect p95 ratio");
        assertThat(series.get(5).get("role").stringValue()).isEqualTo("band");
        // the first four runs have fewer than five recent runs behind them: no floor, no band
        assertThat(series.get(5).get("values").get(3).isNull()).isTrue();
        // the fifth: the median of 0.010 0.015 0.020 0.025 0.030; the sixth: (0.020 + 0.025) / 2 with 0.040 added
        assertThat(series.get(5).get("values").get(4).doubleValue()).isCloseTo(1.03 + 0.020, within(1e-9));
        assertThat(series.get(6).get("values").get(4).doubleValue()).isCloseTo(1.03 - 0.020, within(1e-9));
        assertThat(series.get(5).get("values").get(5).doubleValue()).isCloseTo(1.03 + 0.0225, within(1e-9));
        assertThat(series.get(3).get("values").get(5).doubleValue()).isCloseTo(1.01 + 0.004, within(1e-9));
        JsonNode compare = chart(trends, "comparison-0");
        assertThat(compare.get("title").stringValue()).isEqualTo("audit_mode_open delta");
        // +2 % with a us_per_op spread of 0.01, in percent
        assertThat(compare.at("/series/2/label").stringValue()).isEqualTo("upper noise floor, open compare");
        assertThat(compare.at("/series/2/values/5").doubleValue()).isCloseTo(3.0, within(1e-9));
        assertThat(compare.at("/series/3/values/5").doubleValue()).isCloseTo(1.0, within(1e-9));
        // a workload row's chart has no band of the host's, and reference-script runs have none at all
        assertThat(chart(trends, "comparison-1").get("series")).hasSize(2);
        assertThat(chart(trends(""), "p95-ratio").get("series")).hasSize(3);
    }

    private void uploadDays(String name, int from, int to) {
        for (int i = from; i < to; i++) {
            Reply reply = upload(Examples.strictRun(), Map.of("project", name, "branch", "main", "commit",
                    "abcdef" + (30 + i), "ci_run_id", name + "-" + i, "started_at", T0.plus(i, ChronoUnit.DAYS).toString()));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        }
    }
}
