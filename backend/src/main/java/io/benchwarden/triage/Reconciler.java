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
 * Times: a run's {@code started_at} comes from the client's clock, its upload time from the service's. A strict run
 * is placed at its claimed start but never later than its upload ({@link StrictRunOutcome#measuredAt()}): a run
 * cannot have started after the service received it. A commit's first-seen time is the earliest such time of any
 * hosted or strict run for it; its first upload is the earliest time the service received one of them.
 * <p>
 * Coverage rule: strict runs are ordered by that time, ties by id. A strict run always covers its own commit. It
 * covers another commit when both hold: the commit was first seen after the previous strict run's time and no later
 * than its own (the first strict run covers everything seen up to its time), and the service had received a run of
 * that commit before it received the strict run. The second condition is on the service's clock alone, so no
 * client's clock can make a strict run cover a commit the service had not seen when the run arrived: a strict run
 * dated far in the future covers only what was known at its upload, and a hosted run dated in the past is covered
 * only by strict runs uploaded after it. When several runs cover a commit (a re-run on it, say) the latest one
 * decides, since it measured the newest state of the branch that includes the commit.
 * <p>
 * Classification: hosted alert and covering run passes → {@code hosted_noise}; hosted alert and it fails →
 * {@code confirmed_regression}; no hosted alert and it fails → {@code strict_regression}; hosted alert and no covering
 * run → {@code awaiting_strict}; anything else → {@code clean}. A failing run marks every commit it covers, because
 * one gate verdict cannot tell which of them caused the regression.
 */
public final class Reconciler {

    private static final Comparator<StrictRunOutcome> RUN_ORDER = Comparator.comparing(StrictRunOutcome::measuredAt)
            .thenComparingLong(StrictRunOutcome::id);

    private Reconciler() {
    }

    /** When a commit was first seen (by the clients' clocks, capped by uploads) and first received. */
    private record Seen(Instant firstSeen, Instant firstUploaded) {

        Seen earliest(Seen other) {
            return new Seen(earlier(firstSeen, other.firstSeen), earlier(firstUploaded, other.firstUploaded));
        }
    }

    /** @return one entry per commit, ordered by first-seen time, ties by commit id */
    public static List<CommitTriage> classify(Collection<StrictRunOutcome> strictRuns,
            Collection<CommitSighting> sightings, Set<String> commitsWithHostedAlert) {
        List<StrictRunOutcome> runs = strictRuns.stream().sorted(RUN_ORDER).toList();
        Map<String, Seen> seen = new HashMap<>();
        sightings.forEach(sighting -> seen.merge(sighting.commit(), new Seen(
                earlier(sighting.firstStarted(), sighting.firstUploaded()), sighting.firstUploaded()), Seen::earliest));
        runs.forEach(run -> seen.merge(run.commit(), new Seen(run.measuredAt(), run.uploadedAt()), Seen::earliest));
        Coverage coverage = new Coverage(runs);
        return seen.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Seen> entry) -> entry.getValue().firstSeen())
                        .thenComparing(Map.Entry::getKey))
                .map(entry -> {
                    boolean alert = commitsWithHostedAlert.contains(entry.getKey());
                    StrictRunOutcome covering = coverage.latest(entry.getKey(), entry.getValue());
                    return new CommitTriage(entry.getKey(), entry.getValue().firstSeen(), alert, covering,
                            classify(alert, covering));
                })
                .toList();
    }

    /**
     * The coverage rule answered per commit without walking every run: the runs are in {@link #RUN_ORDER}, so the
     * only run whose window can hold a commit is the first one measured at or after its first sighting (a later run
     * with the same time has that time as its previous one), found by binary search; the other runs that cover it
     * are those of its own commit, of which the latest is remembered. (Walking all runs for every commit made the
     * triage of a 500-run window, and so every run page's promotion line, quadratic.)
     */
    private static final class Coverage {

        private final List<StrictRunOutcome> runs;
        private final Instant[] measuredAt;
        private final Map<String, Integer> latestOfCommit = new HashMap<>();

        Coverage(List<StrictRunOutcome> runs) {
            this.runs = runs;
            this.measuredAt = new Instant[runs.size()];
            for (int i = 0; i < measuredAt.length; i++) {
                measuredAt[i] = runs.get(i).measuredAt();
                latestOfCommit.put(runs.get(i).commit(), i);
            }
        }

        StrictRunOutcome latest(String commit, Seen seen) {
            int window = firstMeasuredAtOrAfter(seen.firstSeen());
            boolean windowCovers = window < runs.size()
                    && !seen.firstUploaded().isAfter(runs.get(window).uploadedAt());
            int latest = Math.max(windowCovers ? window : -1, latestOfCommit.getOrDefault(commit, -1));
            return latest < 0 ? null : runs.get(latest);
        }

        private int firstMeasuredAtOrAfter(Instant time) {
            int low = 0;
            int high = measuredAt.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (measuredAt[middle].isBefore(time)) {
                    low = middle + 1;
                }
                else {
                    high = middle;
                }
            }
            return low;
        }
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
