package io.benchwarden.token;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.benchwarden.system.BearerTokens;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/** Upload tokens as bearer tokens: known only by their digest, refused once revoked or past their expiry. */
@Component
class ApiTokenAuthentication implements BearerTokens {

    static final String UPLOADER = "ROLE_UPLOADER";
    /**
     * "Last used" is for people deciding which tokens to revoke; a minute's precision is plenty, and writing the
     * row on every upload would make a busy token's row the hottest in the database.
     */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;

    ApiTokenAuthentication(ApiTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(String presented) {
        ApiToken token = tokens.findByTokenHash(TokenHasher.hash(presented)).filter(ApiToken::isActive)
                .orElseThrow(() -> new BadCredentialsException("the bearer token is unknown or revoked"));
        Instant now = Instant.now();
        token.expiredAt(now).ifPresent(expired -> {
            throw new BadCredentialsException("the bearer token expired on " + expired);
        });
        if (token.wasNotUsedSince(now.minus(LAST_USED_RESOLUTION))) {
            tokens.markUsed(token.getId(), now);
        }
        return new TokenAuthentication(token);
    }

    /** The authenticated principal of an upload: the token itself, so controllers can check its project scope. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

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
