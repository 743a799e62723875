package io.benchwarden.contract.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.fixtures.Examples;
import io.benchwarden.contract.fixtures.Mutations;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The validator faces whatever a runner or an attacker uploads: hostile copies of the real example run must
 * always come back as a list of problems, each naming artifact, field and rule, or as a bundle; never as an
 * exception. 6 000 cases per run.
 */
class BundleValidatorPropertyTests {

    private static final Map<String, byte[]> EXAMPLE = Examples.strictRun();

    @Property(tries = 6_000)
    void shouldAnswerEveryMutatedBundleWithProblemsOrABundleButNeverThrow(@ForAll("mutants") Mutations.Mutant mutant) {
        ValidationOutcome outcome = BundleValidator.validate(mutant.artifacts());

        Statistics.collect(outcome.valid() ? "bundle" : "problems");
        assertThat(outcome.valid()).isEqualTo(outcome.bundle() != null);
        for (Problem problem : outcome.problems()) {
            assertThat(problem.artifact()).isNotBlank();
            assertThat(problem.field()).isNotNull();
            assertThat(problem.message()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<Mutations.Mutant> mutants() {
        return Mutations.bundles(EXAMPLE);
    }
}
