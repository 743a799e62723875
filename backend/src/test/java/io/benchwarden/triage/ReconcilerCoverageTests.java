package io.benchwarden.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The reconciler finds each commit's covering run by binary search; these histories, full of equal times, runs
 * dated after their upload and re-runs of one commit, check it against the coverage rule walked run by run.
 */
class ReconcilerCoverageTests {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void shouldCoverEachCommitWithTheRunTheRuleWalkedRunByRunChooses() {
        Random random = new Random(7);
        for (int history = 0; history < 300; history++) {
            List<StrictRunOutcome> runs = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(40); i++) {
                Instant started = T0.plusSeconds(60L * random.nextInt(30));
                runs.add(new StrictRunOutcome(i, "c" + random.nextInt(25), started,
                        started.plusSeconds(60L * (random.nextInt(10) - 3)), random.nextBoolean()));
            }
            List<CommitSighting> sightings = new ArrayList<>();
            for (int i = 0; i < random.nextInt(30); i++) {
                Instant started = T0.plusSeconds(60L * random.nextInt(30));
                sightings.add(new CommitSighting("c" + random.nextInt(25), started,
                        started.plusSeconds(60L * (random.nextInt(10) - 3))));
            }
            for (CommitTriage triage : Reconciler.classify(runs, sightings, Set.of())) {
                assertThat(triage.coveringRun()).as("history %d, commit %s", history, triage.commit())
                        .isEqualTo(walked(runs, sightings, triage.commit()));
            }
        }
    }

    /** The rule as the class comment states it, tried on every run in order; the latest run that covers wins. */
    private static StrictRunOutcome walked(List<StrictRunOutcome> runs, List<CommitSighting> sightings,
            String commit) {
        List<StrictRunOutcome> ordered = runs.stream().sorted(Comparator.comparing(StrictRunOutcome::measuredAt)
                .thenComparingLong(StrictRunOutcome::id)).toList();
        Instant firstSeen = Instant.MAX;
        Instant firstUploaded = Instant.MAX;
        for (CommitSighting s : sightings) {
            if (s.commit().equals(commit)) {
                firstSeen = min(min(firstSeen, s.firstStarted()), s.firstUploaded());
                firstUploaded = min(firstUploaded, s.firstUploaded());
            }
        }
        for (StrictRunOutcome run : ordered) {
            if (run.commit().equals(commit)) {
                firstSeen = min(firstSeen, run.measuredAt());
                firstUploaded = min(firstUploaded, run.uploadedAt());
            }
        }
        StrictRunOutcome latest = null;
        Instant previous = null;
        for (StrictRunOutcome run : ordered) {
            boolean inWindow = (previous == null || firstSeen.isAfter(previous)) && !firstSeen.isAfter(run.measuredAt());
            if (inWindow && !firstUploaded.isAfter(run.uploadedAt()) || run.commit().equals(commit)) {
                latest = run;
            }
            previous = run.measuredAt();
        }
        return latest;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
