package dev.newsflow.ingest.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Loopback ports for tests that need a server that does not answer. */
public final class Ports {

    private Ports() {
    }

    /** A loopback port where nothing listens (free when asked). */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
