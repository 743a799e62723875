package io.benchwarden.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The API description ({@code /v3/api-docs}) and Swagger UI, readable by anyone: they describe the calls, not the
 * data. Swagger UI's scripts are static files, but it styles its elements inline, so on its own paths (and only
 * there) the Content-Security-Policy allows inline styles; scripts stay {@code 'self'} only.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurityConfiguration {

    static final String SWAGGER_UI_POLICY = SecurityConfiguration.CONTENT_SECURITY_POLICY
            .replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");

    @Bean
    @Order(-1)
    SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_UI_POLICY)))
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET).permitAll().anyRequest().denyAll());
        return http.build();
    }
}
