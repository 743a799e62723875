package io.benchwarden.sso;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.benchwarden.user.Role;

/** Which role a single sign-on user gets from their groups: the highest one any of them maps to. */
record GroupRoles(List<String> admin, List<String> triager, List<String> viewer) {

    static GroupRoles of(SingleSignOnProperties properties) {
        return new GroupRoles(SingleSignOnProperties.groups(properties.adminGroups()),
                SingleSignOnProperties.groups(properties.triagerGroups()),
                SingleSignOnProperties.groups(properties.viewerGroups()));
    }

    /** @return empty when none of the groups maps to a role: such a user is not let in */
    Optional<Role> roleOf(Collection<String> groups) {
        if (groups.stream().anyMatch(admin::contains)) {
            return Optional.of(Role.ADMIN);
        }
        if (groups.stream().anyMatch(triager::contains)) {
            return Optional.of(Role.TRIAGER);
        }
        if (viewer.contains(SingleSignOnProperties.ANYONE) || groups.stream().anyMatch(viewer::contains)) {
            return Optional.of(Role.VIEWER);
        }
        return Optional.empty();
    }
}
