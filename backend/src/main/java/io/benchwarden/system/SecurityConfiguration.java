package io.benchwarden.system;

import io.benchwarden.token.ApiTokenAuthenticationFilter;
import io.benchwarden.token.ApiTokenRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Two doors. The JSON API under {@code /api} is stateless: reads are open, writes need an upload token, and
 * there is no CSRF because there is no session cookie to ride on. The web UI uses form login with CSRF on every
 * form; reading pages is open.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiTokenRepository tokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .anyRequest().hasRole("UPLOADER"))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, ex) -> ApiErrorWriter.write(response, 401,
                                "unauthorized", "an upload token is required: Authorization: Bearer <token>"))
                        .accessDeniedHandler((request, response, ex) -> ApiErrorWriter.write(response, 403,
                                "forbidden", "this token may not do that")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.permitAll())
                .logout(logout -> logout.permitAll());
        return http.build();
    }
}
