package io.benchwarden.run;

import static io.benchwarden.contract.ArtifactNames.OPEN_WITH_AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.Test;

/** The compare page over HTTP: the form, two strict runs, two hosted runs, and what it refuses. */
class ComparePageIntegrationTests extends ApiTestSupport {

    private long strict(String project, Map<String, byte[]> bundle, String commit, String runner) {
        Reply reply = upload(bundle, Map.of("project", project, "commit", commit, "runner", runner));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").longValue();
    }

    private long hosted(byte[] benchmark, Map<String, String> fields) {
        Reply reply = uploadHosted(benchmark, fields);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").longValue();
    }

    /** The table row of one measure, from its label to the end of the row. */
    private static String row(String html, String label) {
        String from = html.substring(html.indexOf("<th scope=\"row\">" + label + "</th>"));
        return from.substring(0, from.indexOf("</tr>"));
    }

    @Test
    void shouldAnswerABareCompareWithTheForm() {
        Reply page = get("/compare");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<form class=\"filters\"").contains("id=\"compare-help\"")
                .doesNotContain("id=\"compare\"");
        assertThat(get("/compare?a=12").body()).contains("Give run b too.");
    }

    @Test
    void shouldGiveAPercentagesChangeInPointsAndMarkEachChangeBetterOrWorse() {
        String project = newProject("compare");
        var withRounds = Examples.withJson(Bundles.passingStrictRun(), OPEN_WITH_AGENT, profile -> {
            var rounds = profile.putArray("rounds");
            for (int i = 0; i < 5; i++) {
                rounds.addObject().put("iterations", 6000).put("p95_us", 6.58);
            }
            profile.putObject("p95_ratio").put("value", 0.66).put("ci_low", 0.6512).put("ci_high", 0.6733)
                    .put("confidence", 0.95).put("rounds", 5);
        });
        long a = strict(project, withRounds, "aaaaaaa", "perf-1");
        long b = strict(project, Examples.strictRun(), "bbbbbbb", "perf-2");

        String html = get("/compare?a=" + a + "&b=" + b).body();

        // open compare delta 5.48 % to 32.86 %: +27.38 points, not +500 %
        String compare = row(html, "audit_mode_open delta_pct");
        assertThat(compare).contains("+27.38 pp").contains(">worse<").doesNotContain("+499");
        // connect p95 105.0 to 135.69 µs with the same baseline: worse, and a relative change
        String connect = row(html, "connect p95_us with agent");
        assertThat(connect).contains("+30.69").contains("+29.2286").contains(">worse<");
        // the runner's interval of A's open p95 ratio, where it recorded rounds
        assertThat(row(html, "audit_mode_open p95_ratio")).contains("95 % interval 0.6512–0.6733, 5 rounds");
        assertThat(html).contains("id=\"other-runner\"");
        String back = get("/compare?a=" + b + "&b=" + a).body();
        assertThat(row(back, "audit_mode_open delta_pct")).contains("-27.38 pp").contains(">better<");
    }

    @Test
    void shouldCompareTwoHostedRunsSeriesBySeries() {
        String project = newProject("compare-hosted");
        long a = hosted(Examples.hostedBenchmark(), Map.of("project", project, "branch", "main",
                "commit", "aaaaaaa", "started_at", "2026-11-01T00:00:00Z"));
        long b = hosted(Examples.hostedScaled("BM_ParsePolicy_mean", 1.3), Map.of("project", project,
                "branch", "main", "commit", "bbbbbbb", "started_at", "2026-11-02T00:00:00Z"));

        Reply page = get("/compare?a=H-" + a + "&b=h-" + b);

        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains(">H-" + a + "</a>").contains(">H-" + b + "</a>");
        // BM_ParsePolicy: 2621.1851 ns, then 1.3 times that
        String series = row(html, "BM_ParsePolicy");
        assertThat(series).contains("2621.1851").contains("3407.5406").contains("+30").contains(">worse<");
    }

    @Test
    void shouldRefuseToCompareAStrictRunWithAHostedOne() {
        Reply page = get("/compare?a=12&b=H-3");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("a is a strict run and b a hosted run");
        assertThat(get("/compare?a=H-x&b=2").body()).contains("parameter a must be a run: a strict run as 12 or #12, a hosted run as H-11, got &quot;H-x&quot;");
    }
}
