package dev.newsflow.enrich.source.domain;

import java.net.InetAddress;

/**
 * A source URL that passed the static checks, normalized: lowercase scheme and host (IDN as punycode), no fragment,
 * no default port, at least {@code /} as path.
 *
 * @param url     the normalized URL
 * @param host    its host, without brackets for IPv6
 * @param port    its port, or -1 for the scheme's default
 * @param literal the address when the host is an IP literal, else null
 */
public record SourceUrl(String url, String host, int port, InetAddress literal) {

    /** The port a connection goes to. */
    public int effectivePort() {
        if (port >= 0) {
            return port;
        }
        return url.startsWith("https:") ? 443 : 80;
    }
}
