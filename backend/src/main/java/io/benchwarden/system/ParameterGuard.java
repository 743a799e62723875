package io.benchwarden.system;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses, before any controller method runs, a request whose parameters or path segments hold control characters
 * (a NUL byte above all, which PostgreSQL cannot take even as a query value). The refusal is an {@link ApiException},
 * so pages answer with the error page and the API with its JSON error, both naming the parameter. Tabs and line
 * breaks are allowed in parameters, where form fields such as notes carry them. Multipart uploads check their own
 * fields.
 */
@Configuration(proxyBeanMethods = false)
class ParameterGuard implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> pathVariables = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (pathVariables != null) {
            pathVariables.forEach((name, value) -> refuse("path segment " + name, PlainText.problemInLine(value)));
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT)
                .startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return true;
        }
        request.getParameterMap().forEach((name, values) -> {
            refuse("a parameter name", PlainText.problemInLine(name));
            for (String value : values) {
                refuse("parameter " + name, PlainText.problemInText(value));
            }
        });
        return true;
    }

    private static void refuse(String what, Optional<String> problem) {
        problem.ifPresent(message -> {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad_request", what + " " + message);
        });
    }
}
