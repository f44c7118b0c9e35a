package dev.newsflow.launcher.process;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** TCP ports: whether something answers on one, and whether one is free to listen on. */
public final class Ports {

    private Ports() {
    }

    /** Whether something accepts TCP connections on {@code host:port} (within 2 s). */
    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with what to do when something listens on {@code port} or it cannot be bound on 127.0.0.1. */
    public static void requireFree(int port, String what, String variable) {
        if (answers("127.0.0.1", port) || !bindable(port)) {
            throw new LauncherException("port " + port + " (" + what
                    + ") is already taken by another process. Stop that "
                    + "process, or pick another port: " + variable + "=<port> " + Console.PROG + " up");
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
