package io.benchwarden.system;

import io.benchwarden.system.security.ThrottledAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator door, for probes and scrapers: health and info are open to anyone (health shows no details); the
 * Prometheus scrape is for admins over HTTP Basic unless {@code BENCHWARDEN_METRICS_PUBLIC=true}; any other
 * management endpoint is for admins. Stateless, so a scraper never gets a session.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

    private final boolean metricsPublic;

    ManagementSecurityConfiguration(@Value("${benchwarden.metrics-public:false}") boolean metricsPublic) {
        this.metricsPublic = metricsPublic;
    }

    @Bean
    @Order(0)
    SecurityFilterChain managementChain(HttpSecurity http, ThrottledAuthenticationProvider passwords)
            throws Exception {
        http.securityMatcher("/actuator/**")
                // Admin credentials are checked as everywhere else, failed attempts counting towards the throttle.
                .authenticationManager(new ProviderManager(passwords))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp
                        .policyDirectives(SecurityConfiguration.CONTENT_SECURITY_POLICY)))
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"benchwarden\"");
                    ApiErrorWriter.write(response, 401, "unauthorized", "an admin's credentials are required");
                }))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    if (metricsPublic) {
                        auth.requestMatchers("/actuator/prometheus").permitAll();
                    }
                    auth.anyRequest().hasRole("ADMIN");
                })
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, ex) -> ApiErrorWriter
                        .write(response, 403, "forbidden", "only admins may read this")));
        return http.build();
    }
}
