package dev.newsflow.launcher;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * A stand-in for a Quarkus service, run as the service's jar: it reads its name, port variable and behaviour from
 * standin.properties in that jar, then answers /q/health/ready UP ({@code ready}), DOWN ({@code never-ready}) or
 * exits at once with an error ({@code exit}).
 */
public final class StandInService {

    private StandInService() {
    }

    public static void main(String[] args) throws IOException {
        Properties settings = new Properties();
        try (InputStream in = StandInService.class.getClassLoader().getResourceAsStream("standin.properties")) {
            settings.load(in);
        }
        String name = settings.getProperty("name");
        String mode = settings.getProperty("mode");
        if (mode.equals("exit")) {
            System.out.println(name + ": cannot start: the stand-in was told to fail");
            System.exit(3);
        }
        int port = Integer.parseInt(System.getenv(settings.getProperty("port.variable")));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        byte[] body = (mode.equals("ready") ? "{\"status\": \"UP\"}" : "{\"status\": \"DOWN\"}")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/q/health/ready", exchange -> {
            exchange.sendResponseHeaders(mode.equals("ready") ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        System.out.println("stand-in " + name + " listening on " + port + " (kafka "
                + System.getenv("KAFKA_BOOTSTRAP_SERVERS") + ")");
    }
}
