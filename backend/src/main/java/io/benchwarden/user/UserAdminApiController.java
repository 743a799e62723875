package io.benchwarden.user;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/users}: admins create accounts for viewers, triagers and other admins. */
@RestController
class UserAdminApiController {

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
        return accounts.createChecked(request.username(), request.password(), request.role());
    }
}
