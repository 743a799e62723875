package io.benchwarden.alert;

import io.benchwarden.token.ApiToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Alert history through the API; automation moves alerts with a token and is recorded under the token's name. */
@RestController
class AlertApiController {

    private final AlertLifecycle lifecycle;

    AlertApiController(AlertLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    record TransitionRequest(String state, String note) {
    }

    @GetMapping("/api/v1/alerts/{id}")
    AlertLifecycle.AlertView get(@PathVariable long id) {
        return lifecycle.read(id);
    }

    /** A token moves only its own project's alerts (an alert never changes project); people are not scoped. */
    @PostMapping("/api/v1/alerts/{id}/events")
    AlertLifecycle.AlertView transition(@PathVariable long id, @RequestBody TransitionRequest request,
            Authentication caller) {
        String actor = caller.getName();
        if (caller.getPrincipal() instanceof ApiToken token) {
            AlertLifecycle.Owner owner = lifecycle.owner(id);
            token.requireProject(owner.projectId(), owner.project());
            actor = "token:" + token.getName();
        }
        return lifecycle.transition(id, request.state(), request.note(), actor);
    }
}
