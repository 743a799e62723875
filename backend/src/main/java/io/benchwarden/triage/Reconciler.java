package io.benchwarden.triage;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classifies the commits of one branch by reconciling hosted alerts with the strict runs that cover them.
 * <p>
 * Coverage rule: strict runs are ordered by {@code started_at}, ties by id. A strict run covers every commit first
 * seen after the previous strict run's {@code started_at} up to and including its own {@code started_at} (the first
 * strict run covers everything seen up to its start), and always its own commit. A commit's first-seen time is the
 * earliest of its sightings and of the strict runs made on it. When several runs cover a commit (a re-run on it, say)
 * the latest one decides, since it measured the newest state of the branch that includes the commit.
 * <p>
 * Classification: hosted alert and covering run passes → {@code hosted_noise}; hosted alert and it fails →
 * {@code confirmed_regression}; no hosted alert and it fails → {@code strict_regression}; hosted alert and no covering
 * run → {@code awaiting_strict}; anything else → {@code clean}. A failing run marks every commit it covers, because
 * one gate verdict cannot tell which of them caused the regression.
 */
public final class Reconciler {

    private static final Comparator<StrictRunOutcome> RUN_ORDER = Comparator.comparing(StrictRunOutcome::startedAt)
            .thenComparingLong(StrictRunOutcome::id);

    private Reconciler() {
    }

    /** @return one entry per commit, ordered by first-seen time, ties by commit id */
    public static List<CommitTriage> classify(Collection<StrictRunOutcome> strictRuns,
            Collection<CommitSighting> sightings, Set<String> commitsWithHostedAlert) {
        List<StrictRunOutcome> runs = strictRuns.stream().sorted(RUN_ORDER).toList();
        Map<String, Instant> firstSeen = new HashMap<>();
        sightings.forEach(sighting -> firstSeen.merge(sighting.commit(), sighting.firstSeen(), Reconciler::earlier));
        runs.forEach(run -> firstSeen.merge(run.commit(), run.startedAt(), Reconciler::earlier));
        return firstSeen.entrySet().stream()
                .sorted(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(entry -> {
                    boolean alert = commitsWithHostedAlert.contains(entry.getKey());
                    StrictRunOutcome covering = latestCovering(runs, entry.getKey(), entry.getValue());
                    return new CommitTriage(entry.getKey(), entry.getValue(), alert, covering, classify(alert, covering));
                })
                .toList();
    }

    private static StrictRunOutcome latestCovering(List<StrictRunOutcome> runs, String commit, Instant firstSeen) {
        StrictRunOutcome latest = null;
        Instant previousStart = null;
        for (StrictRunOutcome run : runs) {
            boolean inWindow = (previousStart == null || firstSeen.isAfter(previousStart))
                    && !firstSeen.isAfter(run.startedAt());
            if (inWindow || run.commit().equals(commit)) {
                latest = run;
            }
            previousStart = run.startedAt();
        }
        return latest;
    }

    private static Classification classify(boolean hostedAlert, StrictRunOutcome covering) {
        if (covering == null) {
            return hostedAlert ? Classification.AWAITING_STRICT : Classification.CLEAN;
        }
        if (covering.pass()) {
            return hostedAlert ? Classification.HOSTED_NOISE : Classification.CLEAN;
        }
        return hostedAlert ? Classification.CONFIRMED_REGRESSION : Classification.STRICT_REGRESSION;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
