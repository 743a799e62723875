package io.benchwarden.run;

import io.benchwarden.system.BenchwardenProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to a run for API answers. Behind a proxy the request's own address is not the one users reach,
 * so {@code BENCHWARDEN_PUBLIC_URL} wins when set.
 */
@Component
public class RunLinks {

    private final String publicUrl;

    RunLinks(BenchwardenProperties properties) {
        String configured = properties.publicUrl();
        this.publicUrl = configured == null || configured.isBlank() ? null : configured.replaceAll("/+$", "");
    }

    public String ui(long runId) {
        return base() + "/runs/" + runId;
    }

    public String api(long runId) {
        return base() + "/api/v1/runs/" + runId;
    }

    private String base() {
        return publicUrl != null ? publicUrl : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
