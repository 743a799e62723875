package io.benchwarden.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.RunnerBundles;
import io.benchwarden.support.RunnerBundles.Interval;
import org.junit.jupiter.api.Test;

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
}
