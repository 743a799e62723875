package io.benchwarden.triage;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Triage for people and promotion answers for release pipelines. */
@RestController
class TriageApiController {

    private final TriageService triage;

    TriageApiController(TriageService triage) {
        this.triage = triage;
    }

    @GetMapping("/api/v1/triage")
    TriageService.BranchTriage triage(@RequestParam String project, @RequestParam(required = false) String branch) {
        return triage.triage(project, branch);
    }

    /**
     * {@code {"promotable":…, "standing":…, "classification":…, "reasons":[…]}} for one commit on the default
     * branch; {@code standing} is {@code promotable}, {@code blocked} or {@code awaiting_strict}.
     */
    @GetMapping("/api/v1/promotion")
    PromotionView promotion(@RequestParam String project, @RequestParam String commit) {
        PromotionDecision decision = triage.promotion(project, commit);
        return new PromotionView(decision.promotable(), decision.standing().wireName(),
                decision.classification() == null ? null : decision.classification().wireName(), decision.reasons());
    }

    record PromotionView(boolean promotable, String standing, String classification, java.util.List<String> reasons) {
    }
}
