package io.benchwarden.runner.command;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A stand-in for the service's ingest endpoint that records what it received and answers as told. */
final class FakeService implements AutoCloseable {

    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** Every other request: "METHOD path?query" followed by its body. */
    final List<String> otherRequests = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    private FakeService(HttpServer server) {
        this.server = server;
    }

    static FakeService answering(int port, int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        FakeService service = new FakeService(server);
        server.createContext("/api/v1/runs", exchange -> {
            service.bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            service.authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return service;
    }

    /** Also answers {@code path} (any method) with {@code status} and {@code body}, recording the request. */
    FakeService alsoAnswering(String path, int status, String body) {
        server.createContext(path, exchange -> {
            otherRequests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n"
                    + exchange.getRequestHeaders().getFirst("Authorization") + "\n"
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
