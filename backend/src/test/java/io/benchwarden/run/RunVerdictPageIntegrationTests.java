package io.benchwarden.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.RunnerBundles;
import io.benchwarden.support.RunnerBundles.Interval;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The run page's verdict area over HTTP: how sure each gate row is, and what the host's noise lets it judge. */
class RunVerdictPageIntegrationTests extends ApiTestSupport {

    private static final Pattern GATE_TABLE = Pattern.compile("<table class=\"data\" id=\"slo-gate\">(.*?)</table>",
            Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr class=\"row-[a-z]+\">(.*?)</tr>", Pattern.DOTALL);

    /** The SLO gate's rows as their text, keyed by scenario and metric. */
    static Map<String, String> gateRows(String html) {
        Matcher table = GATE_TABLE.matcher(html);
        assertThat(table.find()).as("the SLO gate table").isTrue();
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(table.group(1));
        while (row.find()) {
            String text = row.group(1).replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
                    .replaceAll("\\s+", " ").trim();
            String[] words = text.split(" ", 3);
            rows.put(words[0] + " " + words[1], words[2]);
        }
        return rows;
    }

    @Test
    void shouldGiveEachMeasuredRowItsConfidenceAndIntervalInTheRowsUnit() {
        String project = newProject("confidence");
        // open p95 ratio 1.01 within 0.99-1.06 straddles its budget 1.05; connect 1.03 within 1.01-1.04 does not
        var bundle = RunnerBundles.measuredInRounds(new Interval(0.99, 1.06), new Interval(1.01, 1.04),
                new Interval(1.00, 1.04));
        long id = upload(bundle, Map.of("project", project)).json().get("id").longValue();

        Map<String, String> rows = gateRows(get("/runs/" + id).body());

        assertThat(rows.get("audit_mode_open p95_ratio")).startsWith("1.01 x <= 1.05 PASS inconclusive 0.99–1.06 x "
                + "(95 %, 10 rounds)");
        assertThat(rows.get("audit_mode_connect p95_ratio")).startsWith("1.03 x <= 1.05 PASS certain 1.01–1.04 x");
        // the overhead rows are the same ratios in percent against 10 %: -1 to +6 % lies wholly under it
        assertThat(rows.get("audit_mode_open p95_overhead_pct")).startsWith("1 % <= 10 PASS certain -1–6 % ");
        assertThat(rows.get("audit_mode_open delta_pct")).startsWith("2 % <= 10 PASS certain 0–4 % ");
        // the workload rows came without intervals, and a count has no sides to measure
        assertThat(rows.get("workload_open_close delta_pct")).contains("PASS one pass per side");
        assertThat(rows.get("workload_suite failed_rows")).contains("PASS —");
    }

    @Test
    void shouldSayOnePassPerSideForEveryMeasuredRowOfAReferenceScriptRun() {
        long id = upload(Examples.strictRun(), Map.of("project", newProject("one-pass"))).json().get("id").longValue();

        Map<String, String> rows = gateRows(get("/runs/" + id).body());

        assertThat(rows.get("audit_mode_connect p95_ratio")).isEqualTo("1.2875 x <= 1.05 FAIL one pass per side "
                + "artifacts/perf/connect_baseline.json,artifacts/perf/connect_with_agent.json defaults");
        assertThat(rows.get("audit_mode_open delta_pct")).contains("FAIL one pass per side");
        assertThat(rows.get("artifact_contract missing_artifacts")).contains("FAIL —");
    }

    @Test
    void shouldGiveARunTheMedianNoiseOfItsHostsRecentRunsAndWarnWhereItCannotJudgeABudget() {
        String project = newProject("noisy-host");
        String host = project + "-perf";
        // half-widths of the connect intervals 0.010, 0.030, 0.020, 0.025, 0.015 (median 0.020, more than a third
        // of the 5 % budget); open 0.002 ... 0.006 (median 0.004); the open compare's 0.01 throughout
        double[] connect = { 0.010, 0.030, 0.020, 0.025, 0.015 };
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);
        long[] ids = new long[connect.length];
        for (int i = 0; i < connect.length; i++) {
            double open = 0.002 + i * 0.001;
            var bundle = RunnerBundles.measuredInRounds(new Interval(1.01 - open, 1.01 + open),
                    new Interval(1.03 - connect[i], 1.03 + connect[i]), new Interval(1.01, 1.03));
            Reply reply = upload(bundle, Map.of("project", project, "runner", host, "commit", "c0ffee" + i,
                    "started_at", start.plus(i, ChronoUnit.HOURS).toString()));
            assertThat(reply.status()).as(reply.body()).isEqualTo(201);
            ids[i] = reply.json().get("id").longValue();
        }

        JsonNode fourth = get("/api/v1/runs/" + ids[3]).json().get("noise_floor");
        assertThat(fourth.get("source").stringValue()).isEqualTo("none");
        assertThat(fourth.get("runs").intValue()).isEqualTo(4);
        assertThat(get("/runs/" + ids[3]).body()).contains("No noise floor for " + host + " yet: no calibration within "
                + "30 days, and 4 of the 5 recent runs measured in rounds that a history needs.");

        JsonNode fifth = get("/api/v1/runs/" + ids[4]).json().get("noise_floor");
        assertThat(fifth.get("source").stringValue()).isEqualTo("history");
        assertThat(fifth.get("runner").stringValue()).isEqualTo(host);
        assertThat(fifth.get("runs").intValue()).isEqualTo(5);
        assertThat(fifth.get("p95_ratio_spread").doubleValue()).isCloseTo(0.020, within(1e-9));
        assertThat(fifth.get("open_p95_ratio_spread").doubleValue()).isCloseTo(0.004, within(1e-9));
        assertThat(fifth.get("us_per_op_spread").doubleValue()).isCloseTo(0.01, within(1e-9));
        // connect p95 ratio: 0.020 > 0.05 / 3; its overhead row has 10 %, a third of which is 0.033
        JsonNode warnings = fifth.get("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.at("/0/scenario").stringValue()).isEqualTo("audit_mode_connect");
        assertThat(warnings.at("/0/metric").stringValue()).isEqualTo("p95_ratio");
        String warning = "audit_mode_connect p95_ratio: this host cannot judge a 5 % budget: noise alone moves this "
                + "ratio by ±2 %, more than a third of the budget (1.67 %)";
        assertThat(warnings.at("/0/message").stringValue()).isEqualTo(warning);

        String page = get("/runs/" + ids[4]).body();
        assertThat(page).contains("open p95 ratio ±0.004").contains("connect p95 ratio ±0.02")
                .contains("open compare µs/op ±0.01")
                .contains("The median over this host&#39;s 5 most recent runs measured in rounds").contains(warning);
    }
}
