package io.benchwarden.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.benchwarden.BenchwardenApplication;

/**
 * The real service in a JVM of its own, started from this JVM's classpath, so a test can kill it with SIGKILL and
 * a benchmark can measure it without sharing a heap with the load generator. Its output goes to a log file.
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * @param jvmOptions e.g. heap size or flight recording; @param arguments Spring Boot arguments such as
     * {@code --spring.datasource.url=...}; a free port is added
     */
    public static ServiceProcess start(List<String> jvmOptions, List<String> arguments, Path log, Duration timeout)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchwardenApplication.class.getName());
        command.add("--server.port=" + port);
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        ServiceProcess service = new ServiceProcess(process, port, log);
        service.awaitHealthy(timeout);
        return service;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** SIGKILL: no shutdown hooks, no graceful close of connections or transactions. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYetListening) {
                // Still starting.
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not become healthy within " + timeout + "; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    kill();
                }
            }
            catch (InterruptedException ex) {
                // Never leave the service behind, even when the caller is being interrupted.
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
