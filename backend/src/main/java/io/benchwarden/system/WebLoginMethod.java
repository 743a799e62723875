package io.benchwarden.system;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A way to log in to the pages besides the password form, provided by a feature (single sign-on): it adds its
 * filters to the web chain and names the link the login page offers.
 */
public interface WebLoginMethod {

    void configure(HttpSecurity http) throws Exception;

    /** What checks this method's logins: the web chain's authentication manager holds these beside the passwords'. */
    List<AuthenticationProvider> authenticationProviders();

    /** The words on the login page's link, e.g. "Log in with single sign-on". */
    String label();

    /** Where that link points, a path on this service. */
    String path();
}
