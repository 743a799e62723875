package io.benchwarden.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by {@code Authorization: Bearer <token>}. A token that cannot be used is answered with 401
 * at once, so a typo never falls through to anonymous access.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final BearerTokens tokens;

    BearerTokenFilter(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String presented = header.substring(BEARER.length()).strip();
        Authentication caller;
        try {
            if (presented.isEmpty()) {
                ApiErrorWriter.write(response, 401, "unauthorized", "the bearer token is empty");
                return;
            }
            caller = tokens.authenticate(presented);
        }
        catch (AuthenticationException refused) {
            ApiErrorWriter.write(response, 401, "unauthorized", refused.getMessage());
            return;
        }
        catch (RuntimeException ex) {
            // Outside Spring MVC, so the API's exception handlers never see this: answer the outage here.
            if (!DatabaseUnavailable.is(ex)) {
                throw ex;
            }
            ApiErrorWriter.databaseUnavailable(response);
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(caller);
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }
}
