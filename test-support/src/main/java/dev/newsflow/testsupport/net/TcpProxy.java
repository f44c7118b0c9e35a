package dev.newsflow.testsupport.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP forwarder on a loopback port that tests can cut, stall and restore, to take a real server (a database, an S3
 * endpoint) away from the application under test, or make it hang, and give it back, without touching the server.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final List<Socket> silent = new CopyOnWriteArrayList<>();
    private volatile ServerSocket server;
    private volatile boolean stalled;

    /** A proxy to {@code targetHost:targetPort}, listening on a free loopback port. */
    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            this.port = probe.getLocalPort();
        }
        restore();
    }

    /** The port the proxy listens on. */
    public int port() {
        return port;
    }

    /** Closes every connection and stops accepting new ones: to its clients, the target is down. */
    public synchronized void cut() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
    }

    /**
     * Closes every connection, then accepts new ones but never answers on them (nor forwards a byte): to its clients,
     * the target hangs. The connections accepted meanwhile stay open and silent until the proxy is closed.
     */
    public synchronized void stall() throws IOException {
        stalled = true;
        for (Socket socket : sockets) {
            socket.close();
        }
        sockets.clear();
        listen();
    }

    /** Forwards new connections again on the same port (a stalled one's silent connections stay silent). */
    public synchronized void restore() throws IOException {
        stalled = false;
        listen();
    }

    private void listen() throws IOException {
        if (server != null) {
            return;
        }
        ServerSocket listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = listening;
        daemon("tcp-proxy-" + port, () -> accept(listening));
    }

    @Override
    public void close() throws IOException {
        cut();
        for (Socket socket : silent) {
            socket.close();
        }
        silent.clear();
    }

    private static void daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                if (stalled) {
                    silent.add(client);
                    continue;
                }
                Socket target = new Socket(targetHost, targetPort);
                sockets.add(client);
                sockets.add(target);
                pipe(client, target);
                pipe(target, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        daemon("tcp-proxy-pipe", () -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // the other side closed, or the proxy was cut
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        });
    }
}
