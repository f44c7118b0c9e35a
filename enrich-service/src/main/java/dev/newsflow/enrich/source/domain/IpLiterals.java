package dev.newsflow.enrich.source.domain;

import dev.newsflow.contracts.article.SourceCheck.Verdict;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a URL host as an IP address the way browsers and HTTP clients do (the WHATWG URL rules), so that
 * {@code 127.1}, {@code 2130706433} and {@code 0x7f000001} are all seen as 127.0.0.1 and never reach a name lookup.
 */
final class IpLiterals {

    private static final Pattern IPV4_PART = Pattern.compile("0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*");
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(?:0[xX][0-9a-fA-F]*|[0-9]+)");
    private static final BigInteger IPV4_MAX = BigInteger.valueOf(0xFFFFFFFFL);

    private IpLiterals() {
    }

    /** The address {@code host} denotes when it is an IPv4 or IPv6 literal; empty for a name. */
    static Optional<InetAddress> parse(String host) throws UrlRefusedException {
        if (host.contains(":")) {
            return Optional.of(ipv6(host));
        }
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        String[] parts = trimmed.split("\\.", -1);
        if (!NUMERIC_LAST_LABEL.matcher(parts[parts.length - 1]).matches()) {
            return Optional.empty();
        }
        return Optional.of(ipv4(host, parts));
    }

    private static InetAddress ipv4(String host, String[] parts) throws UrlRefusedException {
        if (parts.length > 4) {
            throw invalid(host);
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!IPV4_PART.matcher(parts[i]).matches()) {
                throw invalid(host);
            }
            BigInteger value = number(parts[i]);
            BigInteger limit = i == parts.length - 1 ? IPV4_MAX.shiftRight(8 * (parts.length - 1))
                    : BigInteger.valueOf(255);
            if (value.compareTo(limit) > 0) {
                throw invalid(host);
            }
            numbers[i] = value.longValue();
        }
        long address = numbers[parts.length - 1];
        for (int i = 0; i < parts.length - 1; i++) {
            address |= numbers[i] << (8 * (3 - i));
        }
        return AddressPolicy.literal(new byte[] {
            (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address});
    }

    private static BigInteger number(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.startsWith("0x")) {
            return lower.length() == 2 ? BigInteger.ZERO : new BigInteger(lower.substring(2), 16);
        }
        if (lower.length() > 1 && lower.startsWith("0")) {
            return new BigInteger(lower.substring(1), 8);
        }
        return new BigInteger(lower);
    }

    private static InetAddress ipv6(String host) throws UrlRefusedException {
        if (!host.matches("[0-9a-fA-F:.]+")) {
            throw new UrlRefusedException(Verdict.INVALID,
                    "the host '" + host + "' is not a valid IPv6 address", host);
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new UrlRefusedException(Verdict.INVALID,
                    "the host '" + host + "' is not a valid IPv6 address", host);
        }
    }

    private static UrlRefusedException invalid(String host) {
        return new UrlRefusedException(Verdict.INVALID,
                "the host '" + host + "' is not a valid IPv4 address", host);
    }
}
