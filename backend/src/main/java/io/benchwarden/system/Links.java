package io.benchwarden.system;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links in API answers. Behind a proxy the request's own address is not the one users reach, so
 * {@code BENCHWARDEN_PUBLIC_URL} wins when set.
 */
@Component
public class Links {

    private final String publicUrl;

    Links(BenchwardenProperties properties) {
        String configured = properties.publicUrl();
        this.publicUrl = configured == null || configured.isBlank() ? null : configured.replaceAll("/+$", "");
    }

    /** @param path absolute within the service, such as {@code /runs/12} */
    public String to(String path) {
        return base() + path;
    }

    /**
     * Like {@link #to}, and also outside a request (start-up work, background threads): there the public URL is
     * the base, and without one the path stands alone.
     */
    public String toAnywhere(String path) {
        return publicUrl == null && RequestContextHolder.getRequestAttributes() == null ? path : to(path);
    }

    private String base() {
        return publicUrl != null ? publicUrl : ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }
}
