package io.benchwarden.system;

import org.springframework.stereotype.Component;

/**
 * Links in API answers. With {@code BENCHWARDEN_PUBLIC_URL} set they are absolute, on that address; without it they
 * are paths (resolved by clients against the address they called — the runner and the upload action do). They are
 * never built from the request's {@code Host} header, which any client can set.
 */
@Component
public class Links {

    private final String publicUrl;

    Links(BenchwardenProperties properties) {
        String configured = properties.publicUrl();
        this.publicUrl = configured == null || configured.isBlank() ? "" : configured.replaceAll("/+$", "");
    }

    /** @param path absolute within the service, such as {@code /runs/12} */
    public String to(String path) {
        return publicUrl + path;
    }
}
