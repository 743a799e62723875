package io.benchwarden.system.metrics;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts and times every upload by kind and by how it ended, read from the answer's status. It runs ahead of the
 * security filters, so refused tokens (401) and scopes (403) are counted as well as what the pipeline answered.
 * <ul>
 * <li>{@code benchwarden_uploads_total{kind, outcome}}</li>
 * <li>{@code benchwarden_ingest_latency_seconds{kind, outcome}} (count, sum, max)</li>
 * </ul>
 */
class UploadMetricsFilter extends OncePerRequestFilter {

    static final Map<String, String> KINDS = Map.of("/api/v1/runs", "strict", "/api/v1/hosted-runs", "hosted");

    private final MeterRegistry registry;

    UploadMetricsFilter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !KINDS.containsKey(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String kind = KINDS.get(request.getRequestURI());
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            chain.doFilter(request, response);
            outcome = outcome(response.getStatus());
        }
        finally {
            registry.counter("benchwarden.uploads", "kind", kind, "outcome", outcome).increment();
            sample.stop(Timer.builder("benchwarden.ingest.latency")
                    .description("Time from an upload's first byte to its answer")
                    .tags("kind", kind, "outcome", outcome).register(registry));
        }
    }

    /** The upload API's documented answers, each named; anything else is an error. */
    static String outcome(int status) {
        return switch (status) {
            case 201 -> "created";
            case 200 -> "repeat";
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 422 -> "invalid";
            case 503 -> "unavailable";
            default -> "error";
        };
    }
}
