package io.benchwarden.sso;

import java.util.Collection;
import java.util.List;

import io.benchwarden.user.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;

/**
 * The provider's user with the role their groups map to, as the same authorities a password account of that role
 * has. A user in none of the mapped groups is refused, so turning single sign-on on never lets a whole directory in.
 */
class MappedOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final String roleClaim;
    private final GroupRoles roles;

    MappedOidcUserService(String roleClaim, GroupRoles roles) {
        this.roleClaim = roleClaim;
        this.roles = roles;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        Role role = roles.roleOf(groups(user.getAttribute(roleClaim)))
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                        "the user is in none of the groups mapped to a role (claim " + roleClaim + ")", null)));
        List<SimpleGrantedAuthority> authorities = role.authorities().stream().map(SimpleGrantedAuthority::new)
                .toList();
        String nameKey = user.getAttribute(StandardClaimNames.PREFERRED_USERNAME) != null
                ? StandardClaimNames.PREFERRED_USERNAME : StandardClaimNames.SUB;
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), nameKey);
    }

    private static Collection<String> groups(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }
}
