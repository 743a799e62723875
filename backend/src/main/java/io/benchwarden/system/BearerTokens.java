package io.benchwarden.system;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/** How a presented bearer token becomes an authenticated caller; the upload tokens' feature provides it. */
public interface BearerTokens {

    /**
     * @param presented the token as sent, without the {@code Bearer } prefix, never blank
     * @throws AuthenticationException when the token is not one that may be used now; its message is told to the
     *     caller
     */
    Authentication authenticate(String presented);
}
