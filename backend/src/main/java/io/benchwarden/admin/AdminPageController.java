package io.benchwarden.admin;

import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.WebPage;
import io.benchwarden.token.TokenAdministration;
import io.benchwarden.token.TokenExpiry;
import io.benchwarden.user.UserAccounts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin}: upload tokens and accounts (admins only, see the security configuration). A new token's secret
 * is shown once, on the page the creation redirects to, and never again.
 */
@Controller
@WebPage
class AdminPageController {

    static final String VIEW = "admin/adminHome";
    private static final String REDIRECT = "redirect:/admin";

    private final TokenAdministration tokens;
    private final UserAccounts accounts;
    private final ProjectRepository projects;

    AdminPageController(TokenAdministration tokens, UserAccounts accounts, ProjectRepository projects) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.projects = projects;
    }

    @GetMapping("/admin")
    String show(Model model) {
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("users", accounts.all());
        model.addAttribute("projects", projects.findAllByOrderByNameAsc());
        return VIEW;
    }

    @PostMapping("/admin/tokens")
    String createToken(@RequestParam String name, @RequestParam(required = false) String project,
            @RequestParam(name = "expires_in_days", required = false) Integer expiresInDays,
            RedirectAttributes redirect) {
        try {
            TokenAdministration.CreatedToken created = tokens.create(name, project,
                    TokenExpiry.of(null, expiresInDays));
            redirect.addFlashAttribute("newToken", created);
        }
        catch (ApiException ex) {
            redirect.addFlashAttribute("problem", ex.describe());
        }
        return REDIRECT;
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        TokenAdministration.TokenView revoked = tokens.revoke(id);
        redirect.addFlashAttribute("message", "Token \"" + revoked.name() + "\" revoked; it stopped working at once.");
        return REDIRECT;
    }

    @PostMapping("/admin/users")
    String createUser(@RequestParam String username, @RequestParam String password, @RequestParam String role,
            RedirectAttributes redirect) {
        try {
            accounts.createChecked(username, password, role);
            redirect.addFlashAttribute("message", "Account " + username + " created as " + role + ".");
        }
        catch (ApiException ex) {
            redirect.addFlashAttribute("problem", ex.describe());
        }
        return REDIRECT;
    }
}
