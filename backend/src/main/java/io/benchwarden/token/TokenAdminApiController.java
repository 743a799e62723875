package io.benchwarden.token;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/tokens}: admins only (see the security configuration). */
@RestController
class TokenAdminApiController {

    private final TokenAdministration administration;

    TokenAdminApiController(TokenAdministration administration) {
        this.administration = administration;
    }

    /** {@code expires_at} (an ISO instant) or {@code expires_in_days}; neither: valid until revoked. */
    record CreateRequest(String name, String project, String expiresAt, Integer expiresInDays) {
    }

    @GetMapping("/api/v1/admin/tokens")
    List<TokenAdministration.TokenView> list() {
        return administration.list();
    }

    @PostMapping("/api/v1/admin/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenAdministration.CreatedToken create(@RequestBody CreateRequest request) {
        return administration.create(request.name(), request.project(),
                TokenExpiry.of(request.expiresAt(), request.expiresInDays()));
    }

    @DeleteMapping("/api/v1/admin/tokens/{id}")
    TokenAdministration.TokenView revoke(@PathVariable long id) {
        return administration.revoke(id);
    }
}
