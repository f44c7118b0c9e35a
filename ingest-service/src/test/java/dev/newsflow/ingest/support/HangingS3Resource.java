package dev.newsflow.ingest.support;

import dev.newsflow.testsupport.net.TcpProxy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The tests' S3 API reached through a {@link TcpProxy}, so a test can make the endpoint hang and answer again. */
public class HangingS3Resource extends S3ProxyResource {

    private static final String ENDPOINT = "quarkus.s3.endpoint-override";
    private static TcpProxy proxy;

    /** The proxy between the application and the S3 API. */
    public static TcpProxy proxy() {
        return proxy;
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            proxy = new TcpProxy("127.0.0.1", URI.create(config.get(ENDPOINT)).getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put(ENDPOINT, "http://127.0.0.1:" + proxy.port());
        return config;
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            super.stop();
        }
    }
}
