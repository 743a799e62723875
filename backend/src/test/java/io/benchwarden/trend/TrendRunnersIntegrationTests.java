package io.benchwarden.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Trends never mix perf hosts without saying so: the answer names the hosts, and one can be chosen. */
class TrendRunnersIntegrationTests extends ApiTestSupport {

    private static final Instant T0 = Instant.parse("2026-08-01T00:00:00Z");
    private String project;

    @BeforeEach
    void twoHosts() {
        project = newProject("runners");
        String[] runners = { "perf-1", "perf-2", "perf-1", "perf-2", "perf-1" };
        for (int i = 0; i < runners.length; i++) {
            assertThat(upload(Bundles.passingStrictRun(), Map.of("project", project, "branch", "main", "commit",
                    "abcdef" + (10 + i), "runner", runners[i], "started_at", T0.plus(i, ChronoUnit.DAYS).toString()))
                    .status()).isEqualTo(201);
        }
    }

    @Test
    void shouldNameTheHostsOfTheWindowAndKeepOneWhenAsked() {
        JsonNode all = get("/api/v1/projects/" + project + "/trends").json();
        assertThat(all.get("runner").isNull()).isTrue();
        assertThat(all.get("points")).hasSize(5);
        assertThat(all.get("runners").toString())
                .isEqualTo("[{\"name\":\"perf-1\",\"runs\":3},{\"name\":\"perf-2\",\"runs\":2}]");

        JsonNode one = get("/api/v1/projects/" + project + "/trends?runner=perf-2").json();
        assertThat(one.get("runner").asString()).isEqualTo("perf-2");
        assertThat(one.get("points")).hasSize(2);
        assertThat(one.get("total_runs").longValue()).isEqualTo(2);
        assertThat(one.get("runners")).hasSize(2);
        assertThat(one.at("/points/0/label").asString()).isEqualTo("#" + one.at("/points/0/run_id").longValue());
    }

    @Test
    void shouldSayOnThePageThatTheWindowMixesHostsAndOfferEachAlone() {
        String mixed = get("/projects/" + project + "/trends").body();
        assertThat(mixed).contains("id=\"runner-notice\"").contains("2 perf hosts")
                .contains("runner=perf-1").contains("runner=perf-2");
        assertThat(mixed).contains("data-trends-url=\"/api/v1/projects/" + project + "/trends?branch=main\"");

        String one = get("/projects/" + project + "/trends?runner=perf-1").body();
        assertThat(one).doesNotContain("id=\"runner-notice\"").contains("id=\"runner-shown\"")
                .contains("data-trends-url=\"/api/v1/projects/" + project + "/trends?branch=main&amp;runner=perf-1\"");
    }
}
