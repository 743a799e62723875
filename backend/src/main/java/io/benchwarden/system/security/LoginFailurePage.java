package io.benchwarden.system.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * What the login form answers when a login fails: a wrong password goes back to the form with "wrong user name or
 * password", as before; a throttled login gets 429 with {@code Retry-After} and the form itself, saying how long to
 * wait. The form is rendered here because a redirect could not carry the 429.
 */
public class LoginFailurePage implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler(
            "/login?error");
    private final ViewResolver views;
    private final String loginView;

    public LoginFailurePage(ViewResolver views, String loginView) {
        this.views = views;
        this.loginView = loginView;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException, ServletException {
        if (!(failure instanceof LoginThrottledException throttled)) {
            wrongPassword.onAuthenticationFailure(request, response, failure);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
        try {
            View view = views.resolveViewName(loginView, request.getLocale());
            if (view == null) {
                throw new ServletException("no view " + loginView);
            }
            String message = throttled.getMessage();
            view.render(Map.of("throttled", Character.toUpperCase(message.charAt(0)) + message.substring(1) + "."),
                    request, response);
        }
        catch (IOException | ServletException ex) {
            throw ex;
        }
        catch (Exception ex) {
            throw new ServletException("the login page could not be rendered", ex);
        }
    }
}
