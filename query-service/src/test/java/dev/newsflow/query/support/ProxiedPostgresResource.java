package dev.newsflow.query.support;

import dev.newsflow.testsupport.net.TcpProxy;
import dev.newsflow.testsupport.postgres.PostgresTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** The test database reached through a {@link TcpProxy}, so a test can take the database away and give it back. */
public class ProxiedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static TcpProxy proxy;

    /** The proxy between the application and the database. */
    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        PostgresTestResource.createIfMissing();
        try {
            proxy = new TcpProxy(PostgresTestResource.HOST, Integer.parseInt(PostgresTestResource.PORT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new java.util.HashMap<>(new PostgresTestResource().start());
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/"
                + PostgresTestResource.DATABASE);
        return config;
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
