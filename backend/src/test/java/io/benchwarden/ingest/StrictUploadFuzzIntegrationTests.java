package io.benchwarden.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.fixtures.Mutations;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.ApiTestSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The validator's properties, end to end: hostile uploads through the real endpoint, multipart parsing, form
 * fields and the database included. The cases come from the same generators as the property tests, sampled here
 * because the full application lives in the Spring test context, which jqwik's lifecycle does not reach; a
 * failure names the edits of its case. Every answer is 201/200 or a 422 listing problems, and a 422 stores nothing.
 */
class StrictUploadFuzzIntegrationTests extends ApiTestSupport {

    private static final int CASES = 300;

    @Test
    void shouldAnswerEveryMutatedUploadWith201Or200Or422AndStoreNothingFor422() {
        String project = newProject("fuzz");
        var cases = uploads().sampleStream().limit(CASES).iterator();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; cases.hasNext(); i++) {
            FuzzedUpload upload = cases.next();
            long before = runsOf(project);
            MultipartBody body = new MultipartBody();
            Map<String, String> fields = new LinkedHashMap<>(io.benchwarden.support.Bundles.ciFields(
                    Map.of("project", project, "ci_run_id", "fuzz-" + i)));
            fields.putAll(upload.fields());
            fields.forEach(body::field);
            upload.mutant().artifacts().forEach(body::file);
            upload.mutant().extraParts().forEach(part -> body.file(part.getKey(), part.getValue()));

            Reply reply = upload(body, TOKEN);

            String context = "case " + i + ": " + upload + " -> " + reply.status() + " " + reply.body();
            assertThat(reply.status()).as(context).isIn(201, 200, 422);
            statuses.merge(reply.status(), 1, Integer::sum);
            long after = runsOf(project);
            if (reply.status() == 422) {
                JsonNode errors = reply.json().get("errors");
                assertThat(errors.isArray() && !errors.isEmpty()).as(context).isTrue();
                for (JsonNode error : errors) {
                    assertThat(error.path("artifact").asString()).as(context).isNotBlank();
                    assertThat(error.has("field")).as(context).isTrue();
                    assertThat(error.path("message").asString()).as(context).isNotBlank();
                }
                assertThat(after).as(context).isEqualTo(before);
            }
            else {
                assertThat(after).as(context).isEqualTo(reply.status() == 201 ? before + 1 : before);
            }
        }
        assertThat(statuses).as("both sides of the contract were reached").containsKeys(201, 422);
    }

    record FuzzedUpload(Mutations.Mutant mutant, Map<String, String> fields) {

        @Override
        public String toString() {
            return mutant + (fields.isEmpty() ? "" : "; fields " + fields);
        }
    }

    /** Mutated bundles, one in eight also with a broken form field. */
    private static Arbitrary<FuzzedUpload> uploads() {
        Arbitrary<Map<String, String>> fields = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(7, Arbitraries.just(Map.<String, String>of())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(Map.of("project", ""), Map.of("project", "Upper Case"),
                        Map.of("commit", "xyz"), Map.of("started_at", "yesterday"), Map.of("branch", "a\u0001b"),
                        Map.of("runner", "r".repeat(300)), Map.of("commit", "abcdef0"))));
        return Combinators.combine(Mutations.bundles(Examples.strictRun()), fields).as(FuzzedUpload::new);
    }
}
