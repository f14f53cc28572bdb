package org.transcriptbot.bot.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.prometheus.metrics.exporter.httpserver.MetricsHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The optional health and metrics port (metrics.port): GET /health answers 200 {"status":"ok"}, or
 * 503 with "starting" or "degraded"; GET /metrics is the Prometheus text format (the client
 * library's own handler). The JDK's small HTTP server serves both on one daemon thread.
 */
public final class MetricsServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;

    private MetricsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts serving on host:port (port 0 picks a free one, for tests). */
    public static MetricsServer start(String host, int port, Health health) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 8);
        server.createContext("/metrics", new MetricsHandler(Metrics.REGISTRY));
        server.createContext("/health", exchange -> health(exchange, health.status()));
        ExecutorService executor =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "tb-metrics");
                            t.setDaemon(true);
                            return t;
                        });
        server.setExecutor(executor);
        server.start();
        return new MetricsServer(server, executor);
    }

    private static void health(HttpExchange exchange, Health.Status status) throws IOException {
        byte[] body =
                ("{\"status\":\"" + status.name().toLowerCase(Locale.ROOT) + "\"}\n")
                        .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status == Health.Status.OK ? 200 : 503, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** The port served (the one picked when 0 was asked for). */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
