package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.fixtures.Generator;
import io.benchwarden.contract.fixtures.Mutations;
import io.benchwarden.contract.fixtures.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * Hosted uploads come from shared CI runners and anyone holding a token: one to three hostile edits of the real
 * Google Benchmark example must come back as problems on {@code benchmark.json} or as a report, never as an
 * exception. 4 000 cases per run.
 */
class GoogleBenchmarkParserPropertyTests {

    private static final int CASES = 4_000;
    private static final byte[] EXAMPLE = Examples.hostedBenchmark();
    private static final Function<Generator, Mutations.Edit> EDITS = Mutations.jsonEdits(EXAMPLE);
    private static final Function<Generator, List<Mutations.Edit>> EDIT_LISTS = random -> random.listOf(1, 3,
            () -> EDITS.apply(random));

    @Test
    void shouldAnswerEveryMutatedReportWithProblemsOrAReportButNeverThrow() {
        Map<String, Integer> outcomes = RandomCases.check(CASES, EDIT_LISTS, edits -> {
            Parsed<BenchmarkReport> parsed = GoogleBenchmarkParser.parse(applied(edits));

            assertThat(parsed.isValid()).isNotEqualTo(!parsed.problems().isEmpty());
            for (Problem problem : parsed.problems()) {
                assertThat(problem.artifact()).isEqualTo(GoogleBenchmarkParser.ARTIFACT);
                assertThat(problem.field()).isNotNull();
                assertThat(problem.message()).isNotBlank();
            }
            return parsed.isValid() ? "report" : "problems";
        });

        assertThat(outcomes).as("both answers were reached").containsKeys("report", "problems");
    }

    private static byte[] applied(List<Mutations.Edit> edits) {
        byte[] bytes = EXAMPLE;
        for (Mutations.Edit edit : edits) {
            bytes = edit.apply(bytes);
        }
        return bytes;
    }
}
