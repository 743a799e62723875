package io.benchwarden.sso;

import java.util.List;

import io.benchwarden.system.WebLoginMethod;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Single sign-on through an OpenID Connect provider, only when {@code BENCHWARDEN_OIDC_ISSUER_URI} is set. The
 * provider is found through its discovery document; the login page then offers "Log in with single sign-on" beside
 * the password form, which keeps working (the first admin still logs in with it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${benchwarden.sso.issuer-uri:}'.isBlank()")
@EnableConfigurationProperties(SingleSignOnProperties.class)
class SingleSignOnConfiguration {

    static final String REGISTRATION = "oidc";

    @Bean
    ClientRegistrationRepository clientRegistrations(SingleSignOnProperties properties) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                .registrationId(REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    WebLoginMethod singleSignOn(SingleSignOnProperties properties) {
        MappedOidcUserService users = new MappedOidcUserService(properties.roleClaim(), GroupRoles.of(properties));
        return new WebLoginMethod() {

            @Override
            public void configure(HttpSecurity http) throws Exception {
                http.oauth2Login(login -> login.loginPage("/login")
                        .failureUrl("/login?sso_refused")
                        .userInfoEndpoint(info -> info.oidcUserService(users)));
            }

            @Override
            public List<AuthenticationProvider> authenticationProviders() {
                return List.of(new OidcAuthorizationCodeAuthenticationProvider(
                        new RestClientAuthorizationCodeTokenResponseClient(), users));
            }

            @Override
            public String label() {
                return "Log in with single sign-on";
            }

            @Override
            public String path() {
                return "/oauth2/authorization/" + REGISTRATION;
            }
        };
    }
}
