package io.benchwarden.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BaselineSelectorTests {

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    @Test
    void shouldTakeTheNewestEarlierDefaultBranchRunOfAnotherCommit() {
        List<HostedRunValues> candidates = List.of(
                run(1, "main", "a1", "2026-11-27T08:00:00Z", 100.0),
                run(2, "main", "b2", "2026-11-27T10:00:00Z", 110.0),
                run(3, "feature", "f1", "2026-11-27T11:00:00Z", 500.0),
                run(4, "main", "cur", "2026-11-27T11:30:00Z", 600.0),
                run(5, "main", "c3", "2026-11-27T12:00:00Z", 700.0),
                run(6, "main", "d4", "2026-11-27T13:00:00Z", 800.0));

        BaselineSelector.Baseline baseline = BaselineSelector.select(candidates, "main", "cur", NOW, 1);

        // 3 is another branch, 4 the same commit, 5 not strictly earlier, 6 later: run 2 is the newest that qualifies
        assertThat(baseline.runIds()).containsExactly(2L);
        assertThat(baseline.seriesNs()).isEqualTo(Map.of("BM_A", 110.0));
    }

    @Test
    void shouldBreakStartTimeTiesByTheHigherRunId() {
        List<HostedRunValues> candidates = List.of(run(7, "main", "a1", "2026-11-27T10:00:00Z", 100.0),
                run(9, "main", "a1", "2026-11-27T10:00:00Z", 120.0), run(8, "main", "a1", "2026-11-27T10:00:00Z", 90.0));

        assertThat(BaselineSelector.select(candidates, "main", "cur", NOW, 1).runIds()).containsExactly(9L);
    }

    @Test
    void shouldTakeThePerSeriesMedianOverTheLastRunsOfTheWindow() {
        List<HostedRunValues> candidates = List.of(
                new HostedRunValues(1, "main", "a", Instant.parse("2026-11-27T07:00:00Z"), Map.of("BM_A", 1000.0)),
                new HostedRunValues(2, "main", "b", Instant.parse("2026-11-27T08:00:00Z"),
                        Map.of("BM_A", 100.0, "BM_B", 50.0)),
                new HostedRunValues(3, "main", "c", Instant.parse("2026-11-27T09:00:00Z"),
                        Map.of("BM_A", 130.0, "BM_B", 70.0)),
                new HostedRunValues(4, "main", "d", Instant.parse("2026-11-27T10:00:00Z"), Map.of("BM_A", 110.0)));

        BaselineSelector.Baseline baseline = BaselineSelector.select(candidates, "main", "cur", NOW, 3);

        // runs 4, 3, 2: BM_A median of {110, 130, 100} = 110; BM_B only in 3 and 2: (70 + 50) / 2 = 60
        assertThat(baseline.runIds()).containsExactly(4L, 3L, 2L);
        assertThat(baseline.seriesNs()).isEqualTo(Map.of("BM_A", 110.0, "BM_B", 60.0));
    }

    @Test
    void shouldReturnAnEmptyBaselineWhenNoRunQualifies() {
        BaselineSelector.Baseline baseline = BaselineSelector.select(
                List.of(run(1, "feature", "a1", "2026-11-27T08:00:00Z", 100.0)), "main", "cur", NOW, 1);

        assertThat(baseline.runIds()).isEmpty();
        assertThat(baseline.seriesNs()).isEmpty();
    }

    @Test
    void shouldRejectAWindowOfLessThanOneRun() {
        assertThatIllegalArgumentException().isThrownBy(() -> BaselineSelector.select(List.of(), "main", "c", NOW, 0))
                .withMessage("baseline window must be at least 1 run, got 0");
    }

    private static HostedRunValues run(long id, String branch, String commit, String startedAt, double bmA) {
        return new HostedRunValues(id, branch, commit, Instant.parse(startedAt), Map.of("BM_A", bmA));
    }
}
