package io.benchwarden.sso;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect single sign-on, off while {@code issuerUri} is blank ({@code BENCHWARDEN_OIDC_*}).
 *
 * @param issuerUri the provider's issuer; its discovery document is read at start-up
 * @param roleClaim the ID-token or user-info claim that holds the user's groups (a list or a single string)
 * @param adminGroups comma-separated groups whose members are admins
 * @param triagerGroups comma-separated groups whose members are triagers
 * @param viewerGroups comma-separated groups whose members are viewers; {@code *} lets every user in as a viewer
 */
@ConfigurationProperties("benchwarden.sso")
record SingleSignOnProperties(String issuerUri, String clientId, String clientSecret, String roleClaim,
        String adminGroups, String triagerGroups, String viewerGroups) {

    static final String ANYONE = "*";

    static List<String> groups(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(g -> !g.isEmpty()).toList();
    }
}
