package io.benchwarden.triage;

import java.util.List;
import java.util.Locale;

import io.benchwarden.system.RunLabels;

/**
 * The answer a release pipeline gets for one commit. Hosted alerts are advisory and never block promotion on their
 * own; what blocks is a failing covering strict run, or the absence of any covering strict run yet.
 *
 * @param classification {@code null} only when the commit was never seen on the branch
 */
public record PromotionDecision(boolean promotable, Classification classification, List<String> reasons) {

    public static final String NO_STRICT_RUN = "no strict run covers this commit yet";

    public PromotionDecision {
        reasons = List.copyOf(reasons);
    }

    /** Where a commit stands for release, in three words a page or a pipeline can act on. */
    public enum Standing {
        PROMOTABLE, BLOCKED, AWAITING_STRICT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Promotable; or blocked by a failing covering strict run; or awaiting one, when no strict run covers the
     * commit yet (also for a commit the branch never saw).
     */
    public Standing standing() {
        if (promotable) {
            return Standing.PROMOTABLE;
        }
        boolean uncovered = classification == null || classification == Classification.AWAITING_STRICT
                || classification == Classification.CLEAN;
        return uncovered ? Standing.AWAITING_STRICT : Standing.BLOCKED;
    }

    public static PromotionDecision of(CommitTriage triage) {
        StrictRunOutcome run = triage.coveringRun();
        Classification classification = triage.classification();
        return switch (classification) {
            case CLEAN -> run == null
                    ? new PromotionDecision(false, classification, List.of(NO_STRICT_RUN))
                    : new PromotionDecision(true, classification, List.of(strictRun(run)));
            case HOSTED_NOISE -> new PromotionDecision(true, classification,
                    List.of("hosted alert: " + classification.sentence() + " (hosted alerts are advisory)",
                            strictRun(run)));
            case CONFIRMED_REGRESSION, STRICT_REGRESSION -> new PromotionDecision(false, classification,
                    List.of(classification.sentence(), strictRun(run)));
            case AWAITING_STRICT -> new PromotionDecision(false, classification,
                    List.of(classification.sentence(), NO_STRICT_RUN));
        };
    }

    /** For a commit the branch has no hosted or strict run of. */
    public static PromotionDecision unknownCommit(String commit) {
        return new PromotionDecision(false, null,
                List.of("commit " + commit + " has no hosted or strict run on this branch", NO_STRICT_RUN));
    }

    private static String strictRun(StrictRunOutcome run) {
        return "strict run " + RunLabels.strict(run.id()) + " on commit " + run.commit() + " covers this commit and "
                + (run.pass() ? "passed" : "failed");
    }
}
