package io.benchwarden.token;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.benchwarden.system.ApiErrorWriter;
import io.benchwarden.system.DatabaseUnavailable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls by {@code Authorization: Bearer <token>}. A token that is unknown or revoked is
 * answered with 401 at once, so a typo never falls through to anonymous access.
 */
public class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    public static final String UPLOADER = "ROLE_UPLOADER";
    private static final String BEARER = "Bearer ";

    private final ApiTokenRepository tokens;

    public ApiTokenAuthenticationFilter(ApiTokenRepository tokens) {
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
        ApiToken token;
        try {
            token = presented.isEmpty() ? null
                    : tokens.findByTokenHash(TokenHasher.hash(presented)).filter(ApiToken::isActive).orElse(null);
            if (token != null) {
                tokens.markUsed(token.getId(), Instant.now());
            }
        }
        catch (RuntimeException ex) {
            // Outside Spring MVC, so the API's exception handlers never see this: answer the outage here.
            if (!DatabaseUnavailable.is(ex)) {
                throw ex;
            }
            ApiErrorWriter.databaseUnavailable(response);
            return;
        }
        if (token == null) {
            ApiErrorWriter.write(response, 401, "unauthorized", "the bearer token is unknown or revoked");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(new TokenAuthentication(token));
        try {
            chain.doFilter(request, response);
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The authenticated principal of an upload: the token itself, so controllers can check its project scope. */
    public static final class TokenAuthentication extends AbstractAuthenticationToken {

        private static final long serialVersionUID = 1L;
        private final transient ApiToken token;

        TokenAuthentication(ApiToken token) {
            super(List.of(new SimpleGrantedAuthority(UPLOADER)));
            this.token = token;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ApiToken getPrincipal() {
            return token;
        }
    }
}
