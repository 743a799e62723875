package io.benchwarden.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.benchwarden.BenchwardenApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The service started in this JVM with settings the shared test context does not have, on a data directory of its
 * own that is deleted again on close. The first admin is {@code admin} with {@link #ADMIN_PASSWORD}.
 */
public final class StandaloneApp implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "standalone-admin-password";

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final String scheme;

    private StandaloneApp(ConfigurableApplicationContext context, Path dataDir, String scheme) {
        this.context = context;
        this.dataDir = dataDir;
        this.scheme = scheme;
    }

    /** @param settings Spring Boot arguments such as {@code --server.forward-headers-strategy=native} */
    public static StandaloneApp start(String... settings) {
        try {
            Path dataDir = Files.createTempDirectory("benchwarden-standalone");
            List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--benchwarden.data-dir=" + dataDir,
                    "--benchwarden.demo=false", "--benchwarden.admin-password=" + ADMIN_PASSWORD));
            arguments.addAll(List.of(settings));
            boolean https = arguments.stream().anyMatch(a -> a.startsWith("--server.ssl."));
            ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchwardenApplication.class)
                    .run(arguments.toArray(String[]::new));
            return new StandaloneApp(context, dataDir, https ? "https" : "http");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public URI uri(String path) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create(scheme + "://localhost:" + port + path);
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    @Override
    public void close() throws IOException {
        context.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
