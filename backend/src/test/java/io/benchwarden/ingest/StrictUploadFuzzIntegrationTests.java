package io.benchwarden.ingest;

import static io.benchwarden.contract.fixtures.Generator.weight;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.fixtures.Generator;
import io.benchwarden.contract.fixtures.Mutations;
import io.benchwarden.contract.fixtures.RandomCases;
import io.benchwarden.runner.upload.MultipartBody;
import io.benchwarden.support.ApiTestSupport;
import io.benchwarden.support.Bundles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The validator's properties, end to end: hostile uploads through the real endpoint, multipart parsing, form
 * fields and the database included. The cases come from the same generators as the validator's randomized
 * tests, fewer of them since each is a real upload; a failure names its seed, case and edits. Every answer is
 * 201/200 or a 422 listing problems, and a 422 stores nothing.
 */
class StrictUploadFuzzIntegrationTests extends ApiTestSupport {

    private static final int CASES = 300;
    private static final Function<Generator, Mutations.Mutant> MUTANTS = Mutations.bundles(Examples.strictRun());
    private static final List<Map<String, String>> BROKEN_FIELDS = List.of(Map.of("project", ""),
            Map.of("project", "Upper Case"), Map.of("commit", "xyz"), Map.of("started_at", "yesterday"),
            Map.of("branch", "a\u0001b"), Map.of("runner", "r".repeat(300)), Map.of("commit", "abcdef0"));
    private static final Function<Generator, FuzzedUpload> UPLOADS = StrictUploadFuzzIntegrationTests::fuzzedUpload;

    @Test
    void shouldAnswerEveryMutatedUploadWith201Or200Or422AndStoreNothingFor422() {
        String project = newProject("fuzz");
        AtomicInteger uploads = new AtomicInteger();
        Map<String, Integer> statuses = RandomCases.check(CASES, UPLOADS, upload -> {
            long before = runsOf(project);
            MultipartBody body = new MultipartBody();
            Map<String, String> fields = new LinkedHashMap<>(Bundles.ciFields(
                    Map.of("project", project, "ci_run_id", "fuzz-" + uploads.incrementAndGet())));
            fields.putAll(upload.fields());
            fields.forEach(body::field);
            upload.mutant().artifacts().forEach(body::file);
            upload.mutant().extraParts().forEach(part -> body.file(part.getKey(), part.getValue()));

            Reply reply = upload(body, TOKEN);

            String answer = reply.status() + " " + reply.body();
            assertThat(reply.status()).as(answer).isIn(201, 200, 422);
            long after = runsOf(project);
            if (reply.status() == 422) {
                JsonNode errors = reply.json().get("errors");
                assertThat(errors.isArray() && !errors.isEmpty()).as(answer).isTrue();
                for (JsonNode error : errors) {
                    assertThat(error.path("artifact").asString()).as(answer).isNotBlank();
                    assertThat(error.has("field")).as(answer).isTrue();
                    assertThat(error.path("message").asString()).as(answer).isNotBlank();
                }
                assertThat(after).as(answer).isEqualTo(before);
            }
            else {
                assertThat(after).as(answer).isEqualTo(reply.status() == 201 ? before + 1 : before);
            }
            return Integer.toString(reply.status());
        });
        assertThat(statuses).as("both sides of the contract were reached").containsKeys("201", "422");
    }

    record FuzzedUpload(Mutations.Mutant mutant, Map<String, String> fields) {

        @Override
        public String toString() {
            return mutant + (fields.isEmpty() ? "" : "; fields " + fields);
        }
    }

    /** A mutated bundle, one in eight also with a broken form field. */
    private static FuzzedUpload fuzzedUpload(Generator random) {
        Map<String, String> fields = random.weighted(weight(7, Map::<String, String>of),
                weight(1, () -> random.pick(BROKEN_FIELDS)));
        return new FuzzedUpload(MUTANTS.apply(random), fields);
    }
}
