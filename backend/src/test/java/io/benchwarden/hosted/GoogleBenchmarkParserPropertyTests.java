package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.fixtures.Mutations;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Hosted uploads come from shared CI runners and anyone holding a token: one to three hostile edits of the real
 * Google Benchmark example must come back as problems on {@code benchmark.json} or as a report, never as an
 * exception. 4 000 cases per run.
 */
class GoogleBenchmarkParserPropertyTests {

    private static final byte[] EXAMPLE = Examples.hostedBenchmark();

    @Property(tries = 4_000)
    void shouldAnswerEveryMutatedReportWithProblemsOrAReportButNeverThrow(@ForAll("reports") byte[] report) {
        Parsed<BenchmarkReport> parsed = GoogleBenchmarkParser.parse(report);

        Statistics.collect(parsed.isValid() ? "report" : "problems");
        assertThat(parsed.isValid()).isNotEqualTo(!parsed.problems().isEmpty());
        for (Problem problem : parsed.problems()) {
            assertThat(problem.artifact()).isEqualTo(GoogleBenchmarkParser.ARTIFACT);
            assertThat(problem.field()).isNotNull();
            assertThat(problem.message()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<byte[]> reports() {
        return Mutations.jsonEdits(EXAMPLE).list().ofMinSize(1).ofMaxSize(3).map(GoogleBenchmarkParserPropertyTests::applied);
    }

    private static byte[] applied(List<Mutations.Edit> edits) {
        byte[] bytes = EXAMPLE;
        for (Mutations.Edit edit : edits) {
            bytes = edit.apply(bytes);
        }
        return bytes;
    }
}
