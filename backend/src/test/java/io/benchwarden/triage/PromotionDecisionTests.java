package io.benchwarden.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PromotionDecisionTests {

    private final List<CommitTriage> branch = ReconcilerTests.branch();

    @Test
    void shouldPromoteHostedNoiseBecauseHostedAlertsAreAdvisory() {
        assertThat(decide("c1")).isEqualTo(new PromotionDecision(true, Classification.HOSTED_NOISE, List.of(
                "hosted alert: noise or non-critical drift (hosted alerts are advisory)",
                "strict run #10 on commit c2 covers this commit and passed")));
    }

    @Test
    void shouldPromoteACleanCommitCoveredByAPassingStrictRun() {
        assertThat(decide("c2")).isEqualTo(new PromotionDecision(true, Classification.CLEAN,
                List.of("strict run #10 on commit c2 covers this commit and passed")));
    }

    @Test
    void shouldNotPromoteAConfirmedRegression() {
        assertThat(decide("c3")).isEqualTo(new PromotionDecision(false, Classification.CONFIRMED_REGRESSION, List.of(
                "real regression — mitigation required before promotion",
                "strict run #11 on commit c4 covers this commit and failed")));
    }

    @Test
    void shouldNotPromoteAStrictRegressionWithoutHostedAlert() {
        PromotionDecision decision = decide("c4");

        assertThat(decision.promotable()).isFalse();
        assertThat(decision.classification()).isEqualTo(Classification.STRICT_REGRESSION);
        assertThat(decision.reasons()).last().isEqualTo("strict run #11 on commit c4 covers this commit and failed");
    }

    @Test
    void shouldNotPromoteAHostedAlertAwaitingAStrictRun() {
        assertThat(decide("c5")).isEqualTo(new PromotionDecision(false, Classification.AWAITING_STRICT, List.of(
                "hosted alert with no covering strict run yet — not promotable until one covers it",
                "no strict run covers this commit yet")));
    }

    @Test
    void shouldNotPromoteACommitNoStrictRunCoversEvenWithoutHostedAlert() {
        assertThat(decide("c6")).isEqualTo(new PromotionDecision(false, Classification.CLEAN,
                List.of("no strict run covers this commit yet")));
    }

    @Test
    void shouldNotPromoteACommitTheBranchHasNeverSeen() {
        PromotionDecision decision = PromotionDecision.unknownCommit("zz");

        assertThat(decision.promotable()).isFalse();
        assertThat(decision.classification()).isNull();
        assertThat(decision.reasons()).containsExactly("commit zz has no hosted or strict run on this branch",
                "no strict run covers this commit yet");
    }

    @Test
    void shouldSayBlockedForAFailingCoveringRunAndAwaitingStrictWhereNoneCoversTheCommit() {
        assertThat(List.of("c1", "c2", "c3", "c4", "c5", "c6")).extracting(c -> decide(c).standing().wireName())
                .containsExactly("promotable", "promotable", "blocked", "blocked", "awaiting_strict",
                        "awaiting_strict");
        assertThat(PromotionDecision.unknownCommit("zz").standing()).isEqualTo(PromotionDecision.Standing.AWAITING_STRICT);
    }

    @Test
    void shouldUseTheWireNamesOfTheSpec() {
        assertThat(Classification.values()).extracting(Classification::wireName).containsExactly("hosted_noise",
                "confirmed_regression", "strict_regression", "awaiting_strict", "clean");
    }

    private PromotionDecision decide(String commit) {
        return PromotionDecision.of(branch.stream().filter(entry -> entry.commit().equals(commit)).findFirst()
                .orElseThrow());
    }
}
