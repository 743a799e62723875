package io.benchwarden.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The login form in the site's layout, served from static files only so it holds under the Content-Security-Policy.
 * Spring Security's own generated page answers {@code /login} until the form login is pointed at this one.
 */
@Controller
@WebPage
class LoginPageController {

    static final String LOGIN = "system/login";

    private final ObjectProvider<WebLoginMethod> loginMethods;

    LoginPageController(ObjectProvider<WebLoginMethod> loginMethods) {
        this.loginMethods = loginMethods;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("loginMethods", loginMethods.orderedStream().toList());
        return LOGIN;
    }
}
