package dev.newsflow.enrich.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/** A small HTTP server on 127.0.0.1 with the pages the source-check tests need; it records every request it sees. */
public final class LoopbackPages implements AutoCloseable {

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private LoopbackPages(HttpServer server) {
        this.server = server;
    }

    /** Starts a server with every test page. */
    public static LoopbackPages start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            LoopbackPages pages = new LoopbackPages(server);
            server.createContext("/", pages::handle);
            server.start();
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This server's port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** A URL of this server, by name (localhost), as a test-allowed loopback port is reached. */
    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    /** Every path (with its query) requested so far. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestURI().toString());
        switch (path) {
            case "/article" -> html(exchange, 200, "<html><head><title>Plain title</title>"
                    + "<meta property=\"og:title\" content=\"Stocks rally as chips "
                    + "rebound\"></head><body>ok</body></html>");
            case "/titled" -> html(exchange, 200,
                    "<html><head><title> Only a title </title></head><body>ok</body></html>");
            case "/syndicated" -> html(exchange, 200, "<html><head><title>Copy</title><link rel=\"canonical\" "
                    + "href=\"https://original.example.com/story\"></head><body>ok</body></html>");
            case "/not-found" -> html(exchange, 404, "<html><title>Missing</title></html>");
            case "/broken" -> html(exchange, 500, "oops");
            case "/slow" -> {
                LockSupport.parkNanos(3_000_000_000L);
                html(exchange, 200, "<title>Too late</title>");
            }
            case "/huge" -> html(exchange, 200, "<html><head><title>Huge page</title></head><body>"
                    + "x".repeat(2 * 1024 * 1024) + "</body></html>");
            case "/data.json" -> send(exchange, 200, "application/json", "{\"title\":\"not html\"}");
            default -> redirectOrMissing(exchange, path);
        }
    }

    private void redirectOrMissing(HttpExchange exchange, String path) throws IOException {
        if (path.startsWith("/hops/")) {
            int left = Integer.parseInt(path.substring("/hops/".length()));
            String next = left == 0 ? "/titled" : "/hops/" + (left - 1);
            redirect(exchange, next);
        } else if (path.startsWith("/to/")) {
            redirect(exchange, "http://" + path.substring("/to/".length()));
        } else {
            html(exchange, 404, "no such page");
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(301, -1);
        exchange.close();
    }

    private static void html(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGone) {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
