package io.benchwarden.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form in the site's layout, served from static files only so it holds under the Content-Security-Policy.
 * Spring Security's own generated page answers {@code /login} until the form login is pointed at this one.
 */
@Controller
@WebPage
class LoginPageController {

    static final String LOGIN = "system/login";

    @GetMapping("/login")
    String login() {
        return LOGIN;
    }
}
