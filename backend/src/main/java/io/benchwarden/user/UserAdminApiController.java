package io.benchwarden.user;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.benchwarden.contract.Problem;
import io.benchwarden.system.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/users}: admins create accounts for viewers, triagers and other admins. */
@RestController
class UserAdminApiController {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{2,64}");
    private static final int MIN_PASSWORD = 12;

    private final UserAccounts accounts;

    UserAdminApiController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    record CreateRequest(String username, String password, String role) {
    }

    @GetMapping("/api/v1/admin/users")
    List<UserAccounts.Account> list() {
        return accounts.all();
    }

    @PostMapping("/api/v1/admin/users")
    @ResponseStatus(HttpStatus.CREATED)
    UserAccounts.Account create(@RequestBody CreateRequest request) {
        List<Problem> problems = new ArrayList<>();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            problems.add(new Problem("user", "username", "must be 2 to 64 letters, digits, '.', '_' or '-'"));
        }
        if (request.password() == null || request.password().length() < MIN_PASSWORD) {
            problems.add(new Problem("user", "password", "must be at least " + MIN_PASSWORD + " characters"));
        }
        Role role = null;
        try {
            role = Role.fromWireName(String.valueOf(request.role()));
        }
        catch (IllegalArgumentException ex) {
            problems.add(new Problem("user", "role", "must be viewer, triager or admin"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        try {
            accounts.create(request.username(), request.password(), role);
        }
        catch (DuplicateKeyException ex) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "user " + request.username() + " exists");
        }
        return accounts.find(request.username()).orElseThrow();
    }
}
