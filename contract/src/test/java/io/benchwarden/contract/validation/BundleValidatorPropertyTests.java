package io.benchwarden.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.fixtures.Mutations;
import io.benchwarden.contract.fixtures.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * The validator faces whatever a runner or an attacker uploads: hostile copies of the real example run must
 * always come back as a list of problems, each naming artifact, field and rule, or as a bundle; never as an
 * exception. 6 000 cases per run.
 */
class BundleValidatorPropertyTests {

    private static final int CASES = 6_000;

    @Test
    void shouldAnswerEveryMutatedBundleWithProblemsOrABundleButNeverThrow() {
        Map<String, Integer> outcomes = RandomCases.check(CASES, Mutations.bundles(Examples.strictRun()), mutant -> {
            ValidationOutcome outcome = BundleValidator.validate(mutant.artifacts());

            assertThat(outcome.valid()).isEqualTo(outcome.bundle() != null);
            for (Problem problem : outcome.problems()) {
                assertThat(problem.artifact()).isNotBlank();
                assertThat(problem.field()).isNotNull();
                assertThat(problem.message()).isNotBlank();
            }
            return outcome.valid() ? "bundle" : "problems";
        });

        assertThat(outcomes).as("both answers were reached").containsKeys("bundle", "problems");
    }
}
