package io.benchwarden.system.security;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password logins, form and HTTP Basic alike, with the {@link LoginThrottle} in front: a throttled account or
 * address is refused before its password is checked, so even the right password waits until the window passes, and
 * every wrong password is counted. The client address is the request's remote address, which is the forwarded one
 * only when the server trusts forwarded headers ({@code server.forward-headers-strategy}).
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String account = LoginThrottle.accountKey(login.getName());
        String address = login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
        try {
            var throttled = throttle.check(account, address);
            if (throttled.isPresent()) {
                throttle.recordRefusal(account, address, throttled.get());
                throw new LoginThrottledException(throttled.get());
            }
            try {
                return passwords.authenticate(login);
            }
            catch (BadCredentialsException wrongPassword) {
                throttle.recordFailure(account, address);
                throw wrongPassword;
            }
        }
        catch (DataAccessException ex) {
            // As the password check itself reports a database it cannot reach.
            throw new InternalAuthenticationServiceException("the login could not be checked", ex);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
