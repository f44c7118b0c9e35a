package dev.newsflow.enrich.source.domain;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides which addresses a source check may never connect to: loopback, private, link-local, metadata and the like.
 */
public final class AddressPolicy {

    private static final List<Range> BLOCKED_V4 = List.of(
            new Range(0x00000000, 8, "this network (0.0.0.0/8)"),
            new Range(0x0A000000, 8, "private (10.0.0.0/8)"),
            new Range(0x64400000, 10, "carrier-grade NAT (100.64.0.0/10)"),
            new Range(0x7F000000, 8, "loopback (127.0.0.0/8)"),
            new Range(0xA9FE0000, 16, "link-local and cloud metadata (169.254.0.0/16)"),
            new Range(0xAC100000, 12, "private (172.16.0.0/12)"),
            new Range(0xC0000000, 24, "IETF protocol assignments (192.0.0.0/24)"),
            new Range(0xC0000200, 24, "documentation (192.0.2.0/24)"),
            new Range(0xC0A80000, 16, "private (192.168.0.0/16)"),
            new Range(0xC6120000, 15, "benchmarking (198.18.0.0/15)"),
            new Range(0xC6336400, 24, "documentation (198.51.100.0/24)"),
            new Range(0xCB007100, 24, "documentation (203.0.113.0/24)"),
            new Range(0xE0000000, 4, "multicast (224.0.0.0/4)"),
            new Range(0xF0000000, 4, "reserved (240.0.0.0/4)"));

    private AddressPolicy() {
    }

    /** Why {@code address} is blocked, or empty when a check may connect to it. */
    public static Optional<String> blockedReason(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return blockedV4(toInt(v4.getAddress()));
        }
        Inet6Address v6 = (Inet6Address) address;
        byte[] bytes = v6.getAddress();
        if (v6.isLoopbackAddress()) {
            return Optional.of("loopback (::1)");
        }
        if (v6.isAnyLocalAddress()) {
            return Optional.of("unspecified (::)");
        }
        if (v6.isLinkLocalAddress()) {
            return Optional.of("link-local (fe80::/10)");
        }
        if (v6.isSiteLocalAddress()) {
            return Optional.of("site-local (fec0::/10)");
        }
        if ((bytes[0] & 0xFE) == 0xFC) {
            return Optional.of("unique local (fc00::/7)");
        }
        if (v6.isMulticastAddress()) {
            return Optional.of("multicast (ff00::/8)");
        }
        return embeddedV4(bytes).flatMap(v4 -> blockedV4(v4).map(reason -> "IPv4 embedded in IPv6: " + reason));
    }

    /** The address of a literal such as {@code 10.1.2.3} or {@code ::1}, without any name lookup. */
    public static InetAddress literal(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IPv4 or IPv6 address: " + Arrays.toString(bytes), e);
        }
    }

    private static Optional<String> blockedV4(int address) {
        if (address == 0xFFFFFFFF) {
            return Optional.of("broadcast (255.255.255.255)");
        }
        return BLOCKED_V4.stream().filter(range -> range.contains(address)).map(Range::name).findFirst();
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
    private static Optional<Integer> embeddedV4(byte[] b) {
        boolean zeroPrefix = isZero(b, 0, 10);
        if (zeroPrefix && ((b[10] == (byte) 0xFF && b[11] == (byte) 0xFF) || (b[10] == 0 && b[11] == 0))) {
            return Optional.of(toInt(Arrays.copyOfRange(b, 12, 16)));
        }
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B && isZero(b, 4, 12)) {
            return Optional.of(toInt(Arrays.copyOfRange(b, 12, 16)));
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return Optional.of(toInt(Arrays.copyOfRange(b, 2, 6)));
        }
        return Optional.empty();
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int toInt(byte[] b) {
        return ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }

    private record Range(int base, int prefix, String name) {
        boolean contains(int address) {
            int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
            return (address & mask) == (base & mask);
        }
    }
}
