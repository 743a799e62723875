package io.benchwarden.system;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.benchwarden.system.security.LoginFailurePage;
import io.benchwarden.system.security.LoginThrottledException;
import io.benchwarden.system.security.ThrottledAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.ViewResolver;

/**
 * Two doors. The JSON API under {@code /api} is stateless: uploads need an upload token, admin calls an admin's
 * credentials (HTTP Basic), and there is no CSRF because there is no session cookie to ride on. The web UI uses
 * form login with CSRF on every form. Password logins through either door are throttled per account and per client
 * address ({@link ThrottledAuthenticationProvider}). Reading is open unless {@code BENCHWARDEN_PUBLIC_READ=false}.
 * Every response carries a Content-Security-Policy that allows no inline script.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private final boolean publicRead;

    SecurityConfiguration(@Value("${benchwarden.public-read:true}") boolean publicRead) {
        this.publicRead = publicRead;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, BearerTokens tokens, ThrottledAuthenticationProvider passwords)
            throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authenticationManager(new ProviderManager(passwords))
                .addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::basicRefused))
                .headers(this::headers)
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers(HttpMethod.POST, "/api/v1/runs", "/api/v1/hosted-runs").hasRole("UPLOADER")
                            .requestMatchers(HttpMethod.POST, "/api/v1/alerts/*/events", "/api/v1/alerts/*/split",
                                    "/api/v1/alert-summaries/*/events")
                            .hasAnyRole("UPLOADER", "TRIAGER")
                            .requestMatchers("/api/v1/admin/**", "/api/v1/projects/*/webhooks/**",
                                    "/api/v1/projects/*/webhooks").hasRole("ADMIN");
                    if (publicRead) {
                        auth.requestMatchers(HttpMethod.GET, "/api/**").permitAll();
                    }
                    else {
                        auth.requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole("VIEWER", "UPLOADER");
                    }
                    auth.anyRequest().hasRole("ADMIN");
                })
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, ex) -> ApiErrorWriter.write(response, 401,
                                "unauthorized", "an upload token is required: Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, ex) -> ApiErrorWriter.write(response, 403,
                                "forbidden", "these credentials may not do that")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, ThrottledAuthenticationProvider passwords,
            @Qualifier("thymeleafViewResolver") ViewResolver views, ObjectProvider<WebLoginMethod> loginMethods)
            throws Exception {
        // Another way to log in (single sign-on) adds its filters and the provider that checks its logins.
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(passwords));
        for (WebLoginMethod method : loginMethods.orderedStream().toList()) {
            method.configure(http);
            providers.addAll(method.authenticationProviders());
        }
        http.headers(this::headers)
                .authenticationManager(new ProviderManager(providers))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/actuator/health/**",
                            "/error").permitAll()
                            .requestMatchers("/admin/**").hasRole("ADMIN")
                            .requestMatchers(HttpMethod.POST, "/projects/*/triage/**").hasRole("TRIAGER");
                    if (publicRead) {
                        auth.requestMatchers(HttpMethod.GET, "/**").permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage("/login")
                        .failureHandler(new LoginFailurePage(views, LoginPageController.LOGIN)).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"));
        return http.build();
    }

    /** HTTP Basic refused: throttled (429 with Retry-After), database unreachable (503), or wrong (401). */
    private static void basicRefused(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            ApiErrorWriter.write(response, 429, "too_many_requests", throttled.getMessage());
        }
        else if (failure.getCause() != null && DatabaseUnavailable.is(failure.getCause())) {
            ApiErrorWriter.databaseUnavailable(response);
        }
        else {
            ApiErrorWriter.write(response, 401, "unauthorized", "credentials are required for this call");
        }
    }

    private void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }
}
