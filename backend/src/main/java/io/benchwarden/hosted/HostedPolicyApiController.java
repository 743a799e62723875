package io.benchwarden.hosted;

import io.benchwarden.project.ProjectView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A project's hosted policy, changed by admins; every part optional, all or nothing. */
@RestController
class HostedPolicyApiController {

    private final HostedPolicies policies;

    HostedPolicyApiController(HostedPolicies policies) {
        this.policies = policies;
    }

    /** One regular expression per line, like config/benchmark_focus_patterns.txt; empty compares everything. */
    @PutMapping(path = "/api/v1/projects/{project}/focus-patterns", consumes = MediaType.TEXT_PLAIN_VALUE)
    ProjectView focusPatterns(@PathVariable String project, @RequestBody(required = false) String patterns) {
        return policies.change(project, HostedPolicy.Change.focusPatterns(patterns));
    }

    @PutMapping("/api/v1/projects/{project}/hosted-policy")
    ProjectView hostedPolicy(@PathVariable String project, @RequestBody HostedPolicy.Change change) {
        return policies.change(project, change);
    }
}
