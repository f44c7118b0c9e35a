package dev.newsflow.enrich.source.service;

import dev.newsflow.contracts.article.SourceCheck.Verdict;
import dev.newsflow.enrich.source.domain.AddressPolicy;
import dev.newsflow.enrich.source.domain.SourceUrl;
import dev.newsflow.enrich.source.domain.SourceUrls;
import dev.newsflow.enrich.source.domain.UrlRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fetches a source URL with jsoup, safely: every hop's host is resolved and refused when any address is blocked,
 * redirects are followed by hand (each hop checked again), time and body size are bounded.
 */
@ApplicationScoped
public class SourceFetcher {

    private final FetchConfig config;
    private final Set<Integer> allowedLoopbackPorts;

    SourceFetcher(FetchConfig config) {
        this.config = config;
        this.allowedLoopbackPorts = config.testAllowedLoopbackPorts().orElse(Set.of());
    }

    /** Checks {@code start} live and tells what was found. */
    public FetchResult fetch(SourceUrl start) {
        SourceUrl current = start;
        for (int hop = 0; hop <= config.maxRedirects(); hop++) {
            try {
                vetAddresses(current);
                Connection.Response response = request(current.url());
                int status = response.statusCode();
                String location = response.header("Location");
                if (status >= 300 && status < 400 && location != null) {
                    current = redirectTarget(current, location);
                    continue;
                }
                return outcome(current, response);
            } catch (UrlRefusedException e) {
                boolean explained = hop == 0 || e.getMessage().startsWith("redirected");
                return FetchResult.refused(e.verdict(), explained ? e.getMessage()
                        : "redirected to a refused URL: " + e.getMessage(), current.url());
            } catch (SocketTimeoutException | HttpTimeoutException e) {
                return FetchResult.refused(Verdict.UNREACHABLE, "no complete answer within "
                        + config.timeout().toMillis() + " ms", current.url());
            } catch (UnknownHostException e) {
                return FetchResult.refused(Verdict.UNREACHABLE, "the host " + current.host() + " cannot be resolved",
                        current.url());
            } catch (IOException | IllegalArgumentException e) {
                return FetchResult.refused(Verdict.UNREACHABLE, "the request failed: " + e.getMessage(), current.url());
            }
        }
        return FetchResult.refused(Verdict.INVALID, "more than " + config.maxRedirects() + " redirects", current.url());
    }

    private static SourceUrl redirectTarget(SourceUrl from, String location) throws UrlRefusedException {
        String target = location.strip();
        try {
            return SourceUrls.normalize(URI.create(from.url()).resolve(target).toString());
        } catch (UrlRefusedException e) {
            throw new UrlRefusedException(e.verdict(), "redirected to a refused URL: " + e.getMessage(), e.host());
        } catch (IllegalArgumentException e) {
            throw new UrlRefusedException(Verdict.INVALID, "redirected to a malformed URL: " + target, from.host());
        }
    }

    private void vetAddresses(SourceUrl url) throws UrlRefusedException, UnknownHostException {
        InetAddress[] addresses = url.literal() != null
                ? new InetAddress[] {url.literal()}
                : InetAddress.getAllByName(url.host());
        for (InetAddress address : addresses) {
            Optional<String> blocked = AddressPolicy.blockedReason(address);
            boolean testLoopback = address.isLoopbackAddress() && allowedLoopbackPorts.contains(url.effectivePort());
            if (blocked.isPresent() && !testLoopback) {
                throw new UrlRefusedException(Verdict.BLOCKED, "the host " + url.host() + " resolves to "
                        + address.getHostAddress() + ", which is " + blocked.get(), url.host());
            }
        }
    }

    private Connection.Response request(String url) throws IOException {
        return Jsoup.connect(url)
                .method(Connection.Method.GET)
                .followRedirects(false)
                .ignoreHttpErrors(true)
                .ignoreContentType(true)
                .timeout((int) config.timeout().toMillis())
                .maxBodySize(config.maxBodyBytes())
                .userAgent(config.userAgent())
                .execute();
    }

    private static FetchResult outcome(SourceUrl url, Connection.Response response) throws IOException {
        int status = response.statusCode();
        if (status >= 500) {
            return FetchResult.answered(Verdict.UNREACHABLE, "the server answered HTTP " + status, status, url.url(),
                    null, null);
        }
        if (status >= 400) {
            return FetchResult.answered(Verdict.INVALID, "the page answered HTTP " + status, status, url.url(), null,
                    null);
        }
        if (status >= 300) {
            return FetchResult.answered(Verdict.INVALID, "a redirect (HTTP " + status + ") without a Location", status,
                    url.url(), null, null);
        }
        String type = response.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).contains("html")) {
            return FetchResult.answered(Verdict.VALID, null, status, url.url(), null, null);
        }
        Document page = response.parse();
        return FetchResult.answered(Verdict.VALID, null, status, url.url(), title(page), canonicalElsewhere(page, url));
    }

    private static String title(Document page) {
        Element og = page.selectFirst("meta[property=og:title][content]");
        String title = og != null ? og.attr("content") : page.title();
        return title == null || title.isBlank() ? null : title.strip();
    }

    private static String canonicalElsewhere(Document page, SourceUrl url) {
        Element link = page.selectFirst("link[rel=canonical][href]");
        if (link == null) {
            return null;
        }
        String canonical = link.absUrl("href");
        try {
            String normalized = SourceUrls.normalize(canonical).url();
            return normalized.equals(url.url()) ? null : normalized;
        } catch (UrlRefusedException e) {
            return canonical.isBlank() ? null : canonical;
        }
    }
}
