package dev.newsflow.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host names the stack's services may resolve, from a hosts file of their own: this machine's names, and
 * {@value #LOOPBACK_HOST} on loopback. No other host of the samples resolves, so their source checks give the same
 * verdicts on every machine, with internet access or without: BLOCKED for {@value #LOOPBACK_HOST}, UNREACHABLE else.
 */
final class SourceHosts {

    static final String LOOPBACK_HOST = "www.ft.com";

    private SourceHosts() {
    }

    /** Writes the hosts file to {@code file}; returns the Java option that makes a JVM resolve names from it alone. */
    static String javaOption(Path file) throws IOException {
        String self = InetAddress.getLocalHost().getHostName();
        Files.writeString(file, "127.0.0.1 localhost " + self + " " + LOOPBACK_HOST + "\n");
        return "-Djdk.net.hosts.file=" + file;
    }

    /** The verdict and reason of the check of {@code url}, as "VERDICT | reason". */
    static String expectedCheck(String url) {
        String host = URI.create(url).getHost();
        return host.equals(LOOPBACK_HOST)
                ? "BLOCKED | the host " + host + " resolves to 127.0.0.1, which is loopback (127.0.0.0/8)"
                : "UNREACHABLE | the host " + host + " cannot be resolved";
    }
}
