package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.support.ApiTestSupport;
import org.junit.jupiter.api.Test;

/** Focus patterns RE2 cannot run, or the database cannot store, are refused by line and leave the old ones. */
class FocusPatternsApiIntegrationTests extends ApiTestSupport {

    private static final String KEPT = "# kept\n^BM_Parse\n";

    private Reply putPatterns(String project, String text) {
        return send(HttpRequest.newBuilder(uri("/api/v1/projects/" + project + "/focus-patterns"))
                .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", "Basic " + Base64
                        .getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build());
    }

    private String stored(String project) {
        return jdbc.sql("SELECT focus_patterns FROM project WHERE name = ?").param(project).query(String.class)
                .single();
    }

    private String projectWithPatterns() {
        String project = newProject("focus-re2");
        uploadHosted(Examples.hostedBenchmark(), Map.of("project", project, "branch", "main", "commit", "aaaaaaa"));
        assertThat(putPatterns(project, KEPT).status()).isEqualTo(200);
        return project;
    }

    @Test
    void shouldRefuseLookaroundNamingTheLineAndKeepTheStoredPatterns() {
        String project = projectWithPatterns();

        Reply reply = putPatterns(project, "^BM_Parse\n^BM_(?!Json)\n");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/artifact").stringValue()).isEqualTo("benchmark_focus_patterns.txt");
        assertThat(reply.json().at("/errors/0/field").stringValue()).isEqualTo("line 2");
        assertThat(reply.json().at("/errors/0/message").stringValue()).startsWith("uses lookaround")
                .contains("RE2");
        assertThat(stored(project)).isEqualTo(KEPT);
    }

    @Test
    void shouldCompareEverySeriesWhenAListSavedBeforeRe2HoldsAPatternRe2CannotCompile() {
        String project = projectWithPatterns();
        jdbc.sql("UPDATE project SET focus_patterns = ? WHERE name = ?").params("^BM_(?=Parse)\n", project).update();

        Reply reply = uploadHosted(Examples.hostedBenchmark(), Map.of("project", project, "branch", "main",
                "commit", "bbbbbbb"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("compared").valueStream().map(r -> r.get("series").stringValue()).toList())
                .contains("BM_ParsePolicy", "BM_JsonEscape");
        assertThat(reply.json().get("excluded").valueStream().map(r -> r.get("reason").stringValue()))
                .doesNotContain("not_in_focus");
    }

    @Test
    void shouldRefuseANulByteNamingTheLineAndKeepTheStoredPatterns() {
        String project = projectWithPatterns();

        Reply reply = putPatterns(project, "^BM_Parse\n# a\u0000b\n");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().at("/errors/0/field").stringValue()).isEqualTo("line 2");
        assertThat(reply.json().at("/errors/0/message").stringValue())
                .isEqualTo("contains the control character U+0000 at character 4; control characters are not allowed");
        assertThat(stored(project)).isEqualTo(KEPT);
    }
}
