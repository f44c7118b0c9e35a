package dev.newsflow.enrich.source.domain;

import dev.newsflow.contracts.article.SourceCheck.Verdict;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The static checks of a source URL (no network): absolute http(s), valid host, no user-info, bounded length, no
 * blocked IP literal.
 */
public final class SourceUrls {

    /** Longest URL accepted. */
    public static final int MAX_LENGTH = 2048;

    private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?");

    private SourceUrls() {
    }

    /** Normalizes {@code raw}, or refuses it with the reason. */
    public static SourceUrl normalize(String raw) throws UrlRefusedException {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw invalid("the URL is empty", null);
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid("the URL is longer than " + MAX_LENGTH + " characters", null);
        }
        URI uri = parse(text);
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null) {
            throw invalid("not an absolute URL: it has no scheme", null);
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid("the scheme '" + scheme + "' is not allowed: only http and https", null);
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw invalid("user info (a name or password before '@') is not allowed in source URLs", null);
        }
        String rawHost = hostOf(uri);
        InetAddress literal = IpLiterals.parse(rawHost).orElse(null);
        String host = literal != null ? literal.getHostAddress() : asciiHost(rawHost);
        if (literal != null) {
            Optional<String> blocked = AddressPolicy.blockedReason(literal);
            if (blocked.isPresent()) {
                throw new UrlRefusedException(Verdict.BLOCKED, "the address " + host + " is " + blocked.get(), host);
            }
        }
        int port = uri.getPort() == defaultPort(scheme) ? -1 : uri.getPort();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String url = scheme + "://" + shownHost + (port >= 0 ? ":" + port : "") + path + query;
        return new SourceUrl(url, host, port, literal);
    }

    private static URI parse(String text) throws UrlRefusedException {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw invalid("not a valid URL: " + e.getReason() + " at index " + e.getIndex(), null);
        }
    }

    private static String hostOf(URI uri) throws UrlRefusedException {
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw invalid("the URL has no host", null);
        }
        String host = uri.getHost();
        if (host == null) {
            int colon = authority.lastIndexOf(':');
            host = colon > authority.lastIndexOf(']') && colon >= 0 ? authority.substring(0, colon) : authority;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host;
    }

    private static String asciiHost(String host) throws UrlRefusedException {
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid("the host '" + host + "' is not a valid name", null);
        }
        if (ascii.endsWith(".")) {
            ascii = ascii.substring(0, ascii.length() - 1);
        }
        if (ascii.isEmpty() || ascii.length() > 253 || !ascii.contains(".") && !ascii.equals("localhost")) {
            throw invalid("the host '" + host + "' is not a valid name", ascii.isEmpty() ? null : ascii);
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!HOST_LABEL.matcher(label).matches()) {
                throw invalid("the host '" + host + "' is not a valid name", ascii);
            }
        }
        return ascii;
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static UrlRefusedException invalid(String reason, String host) {
        return new UrlRefusedException(Verdict.INVALID, reason, host);
    }
}
