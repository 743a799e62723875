package io.benchwarden.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings that differ between installations; each has a default in application.yml and an environment
 * override ({@code BENCHWARDEN_*}).
 *
 * @param dataDir where the embedded PostgreSQL keeps its data (under {@code pgdata}) when no datasource URL is set
 * @param apiToken an upload token accepted from start-up on (created if absent); blank for none
 * @param publicUrl base URL used in links the API returns; blank to derive it from the request
 */
@ConfigurationProperties("benchwarden")
public record BenchwardenProperties(Path dataDir, String apiToken, String publicUrl) {
}
