package io.benchwarden.triage;

/**
 * One commit's promotion answer as pages show it, on the overview, the run page and the triage page alike.
 *
 * @param branch the branch promotion happens on (the project's default branch)
 */
public record CommitPromotion(String project, String branch, String commit, PromotionDecision decision) {

    /** {@code promotable}, {@code blocked} or {@code awaiting_strict}, as the markup marks it. */
    public String standing() {
        return decision.standing().wireName();
    }
}
