package io.benchwarden.system.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's own meters beside the JVM, HTTP server and connection pool meters Spring Boot registers. */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** Ordered just ahead of Spring Security's filter chain, so its answers (401, 403) are seen too. */
    @Bean
    FilterRegistrationBean<UploadMetricsFilter> uploadMetricsFilter(MeterRegistry registry) {
        FilterRegistrationBean<UploadMetricsFilter> registration = new FilterRegistrationBean<>(
                new UploadMetricsFilter(registry));
        registration.addUrlPatterns("/api/v1/runs", "/api/v1/hosted-runs");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
