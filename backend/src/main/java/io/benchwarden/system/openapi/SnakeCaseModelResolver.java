package io.benchwarden.system.openapi;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;

/**
 * Schemas with the wire's snake_case property names ({@code spring.jackson.property-naming-strategy}), which the
 * description's own mapper does not know. A class of its own: springdoc registers a converter bean only when no
 * converter of the same class is there yet, and the default {@link ModelResolver} always is.
 */
class SnakeCaseModelResolver extends ModelResolver {

    SnakeCaseModelResolver() {
        super(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }
}
