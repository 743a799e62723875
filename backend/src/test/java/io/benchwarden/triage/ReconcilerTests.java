package io.benchwarden.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReconcilerTests {

    static final StrictRunOutcome PASS_ON_C2 = strict(10, "c2", "09:30", true);
    static final StrictRunOutcome FAIL_ON_C4 = strict(11, "c4", "11:00", false);

    /**
     * c1 08:00 (hosted alert), c2 09:00, strict 10 passes at 09:30, c3 10:00 (alert), c4 11:00, strict 11 fails at
     * 11:00 on c4, c5 12:00 (alert), c6 12:30.
     */
    static List<CommitTriage> branch() {
        return Reconciler.classify(List.of(FAIL_ON_C4, PASS_ON_C2),
                List.of(seen("c1", "08:00"), seen("c2", "09:00"), seen("c3", "10:00"), seen("c4", "11:00"),
                        seen("c5", "12:00"), seen("c6", "12:30")),
                Set.of("c1", "c3", "c5"));
    }

    @Test
    void shouldClassifyEachCommitByTheStrictRunThatCoversIt() {
        assertThat(branch()).extracting(CommitTriage::commit, CommitTriage::classification).containsExactly(
                tuple("c1", Classification.HOSTED_NOISE),
                tuple("c2", Classification.CLEAN),
                tuple("c3", Classification.CONFIRMED_REGRESSION),
                tuple("c4", Classification.STRICT_REGRESSION),
                tuple("c5", Classification.AWAITING_STRICT),
                tuple("c6", Classification.CLEAN));
        assertThat(branch()).extracting(CommitTriage::coveringRun)
                .containsExactly(PASS_ON_C2, PASS_ON_C2, FAIL_ON_C4, FAIL_ON_C4, null, null);
    }

    @Test
    void shouldCoverACommitFirstSeenExactlyAtARunsStartWithThatRunAndNotTheNext() {
        List<CommitTriage> triage = Reconciler.classify(
                List.of(strict(1, "a", "10:00", false), strict(2, "b", "11:00", true)),
                List.of(seen("x", "10:00")), Set.of("x"));

        assertThat(triage).filteredOn(entry -> entry.commit().equals("x"))
                .extracting(CommitTriage::classification).containsExactly(Classification.CONFIRMED_REGRESSION);
    }

    @Test
    void shouldOrderRunsWithTheSameStartByIdSoTheSecondCoversOnlyItsOwnCommit() {
        List<CommitTriage> triage = Reconciler.classify(
                List.of(strict(21, "b", "10:00", false), strict(20, "a", "10:00", true)),
                List.of(seen("x", "09:00"), seen("a", "09:30")), Set.of("x"));

        assertThat(triage).extracting(CommitTriage::commit, CommitTriage::classification).containsExactly(
                tuple("x", Classification.HOSTED_NOISE),
                tuple("a", Classification.CLEAN),
                tuple("b", Classification.STRICT_REGRESSION));
    }

    @Test
    void shouldLetTheLatestRunOnACommitDecideAfterARerun() {
        List<CommitTriage> triage = Reconciler.classify(
                List.of(strict(1, "c", "10:00", false), strict(2, "c", "12:00", true)),
                List.of(seen("c", "09:00")), Set.of("c"));

        assertThat(triage).singleElement().satisfies(entry -> {
            assertThat(entry.classification()).isEqualTo(Classification.HOSTED_NOISE);
            assertThat(entry.coveringRun().id()).isEqualTo(2L);
        });
    }

    @Test
    void shouldTreatAStrictRunsOwnCommitAsSeenWhenNoSightingNamesIt() {
        List<CommitTriage> triage = Reconciler.classify(List.of(strict(5, "s", "10:00", true)), List.of(), Set.of());

        assertThat(triage).extracting(CommitTriage::commit, CommitTriage::firstSeen, CommitTriage::classification)
                .containsExactly(tuple("s", at("10:00"), Classification.CLEAN));
    }

    @Test
    void shouldUseTheEarliestSightingOfACommit() {
        List<CommitTriage> triage = Reconciler.classify(List.of(strict(1, "a", "10:00", true)),
                List.of(seen("x", "11:00"), seen("x", "09:00")), Set.of("x"));

        assertThat(triage).filteredOn(entry -> entry.commit().equals("x"))
                .extracting(CommitTriage::classification).containsExactly(Classification.HOSTED_NOISE);
    }

    @Test
    void shouldNotLetAStrictRunDatedFarInTheFutureCoverACommitUploadedAfterIt() {
        StrictRunOutcome future = new StrictRunOutcome(1, "a", Instant.parse("9999-12-31T00:00:00Z"), at("10:00"), true);

        List<CommitTriage> triage = Reconciler.classify(List.of(future),
                List.of(seen("x", "09:00"), seen("b", "11:00")), Set.of("x", "b"));

        assertThat(triage).extracting(CommitTriage::commit, CommitTriage::firstSeen, CommitTriage::classification)
                .containsExactly(
                        tuple("x", at("09:00"), Classification.HOSTED_NOISE),
                        tuple("a", at("10:00"), Classification.CLEAN),
                        tuple("b", at("11:00"), Classification.AWAITING_STRICT));
        assertThat(triage.get(2).coveringRun()).isNull();
    }

    @Test
    void shouldNotLetAHostedRunDatedInThePastBeCoveredByStrictRunsUploadedBeforeIt() {
        List<CommitTriage> triage = Reconciler.classify(
                List.of(uploaded(1, "a", "10:00", "10:30", true), uploaded(2, "b", "12:00", "12:30", true)),
                List.of(new CommitSighting("x", at("11:00"), at("13:00"))), Set.of("x"));

        assertThat(triage).filteredOn(entry -> entry.commit().equals("x")).singleElement().satisfies(entry -> {
            assertThat(entry.classification()).isEqualTo(Classification.AWAITING_STRICT);
            assertThat(entry.coveringRun()).isNull();
        });
    }

    @Test
    void shouldPlaceAFutureDatedRunAtItsUploadSoALaterFailingRerunOfTheSameCommitDecides() {
        StrictRunOutcome future = new StrictRunOutcome(1, "c", Instant.parse("9999-12-31T00:00:00Z"), at("10:00"), true);
        StrictRunOutcome rerun = uploaded(2, "c", "11:00", "11:30", false);

        List<CommitTriage> triage = Reconciler.classify(List.of(rerun, future), List.of(seen("c", "09:00")), Set.of("c"));

        assertThat(triage).singleElement().satisfies(entry -> {
            assertThat(entry.classification()).isEqualTo(Classification.CONFIRMED_REGRESSION);
            assertThat(entry.coveringRun()).isEqualTo(rerun);
        });
    }

    @Test
    void shouldCoverACommitWhoseHostedRunArrivedWhileTheStrictRunWasStillMeasuring() {
        List<CommitTriage> triage = Reconciler.classify(List.of(uploaded(1, "b", "10:05", "11:00", false)),
                List.of(new CommitSighting("x", at("10:00"), at("10:10"))), Set.of("x"));

        assertThat(triage).extracting(CommitTriage::commit, CommitTriage::classification).containsExactly(
                tuple("x", Classification.CONFIRMED_REGRESSION), tuple("b", Classification.STRICT_REGRESSION));
    }

    /** A strict run uploaded the moment it started, as in the examples above. */
    static StrictRunOutcome strict(long id, String commit, String time, boolean pass) {
        return uploaded(id, commit, time, time, pass);
    }

    static StrictRunOutcome uploaded(long id, String commit, String started, String uploaded, boolean pass) {
        return new StrictRunOutcome(id, commit, at(started), at(uploaded), pass);
    }

    /** A hosted sighting uploaded the moment it started. */
    static CommitSighting seen(String commit, String time) {
        return new CommitSighting(commit, at(time), at(time));
    }

    static Instant at(String time) {
        return Instant.parse("2026-11-27T" + time + ":00Z");
    }
}
