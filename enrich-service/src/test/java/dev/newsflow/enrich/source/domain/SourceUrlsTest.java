package dev.newsflow.enrich.source.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.newsflow.contracts.article.SourceCheck.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTPS://Example.COM:443/Markets#top        | https://example.com/Markets",
        "http://example.com                         | http://example.com/",
        "http://example.com:8080/a?b=1&c=2          | http://example.com:8080/a?b=1&c=2",
        "  https://www.ft.com/content/abc  \t       | https://www.ft.com/content/abc",
        "http://bücher.example/x                    | http://xn--bcher-kva.example/x",
        "http://8.8.8.8/dns                         | http://8.8.8.8/dns",
        "http://[2001:4860:4860::8888]/             | http://[2001:4860:4860:0:0:0:0:8888]/"})
    void validUrlsAreNormalized(String raw, String normalized) throws UrlRefusedException {
        assertThat(SourceUrls.normalize(raw).url()).isEqualTo(normalized);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "file:///etc/passwd                    | the scheme 'file' is not allowed: only http and https",
        "gopher://example.com/_x               | the scheme 'gopher' is not allowed: only http and https",
        "javascript:alert(1)                   | the scheme 'javascript' is not allowed: only http and https",
        "example.com/page                      | not an absolute URL: it has no scheme",
        "http://user:secret@example.com/       | user info (a name or password before '@') is not allowed in source URLs",
        "http:///nohost                        | the URL has no host",
        "http://exa mple.com/                  | not a valid URL: Illegal character in authority at index 7",
        "http://-bad-.example.com/             | the host '-bad-.example.com' is not a valid name",
        "http://intranet/                      | the host 'intranet' is not a valid name",
        "http://256.1.1.1/                     | the host '256.1.1.1' is not a valid IPv4 address",
        "http://1.2.3.4.5/                     | the host '1.2.3.4.5' is not a valid IPv4 address"})
    void malformedUrlsAreInvalid(String raw, String reason) {
        UrlRefusedException refused = catchThrowableOfType(UrlRefusedException.class, () -> SourceUrls.normalize(raw));
        assertThat(refused.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(refused.getMessage()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://169.254.169.254/latest/meta-data/ | the address 169.254.169.254 is link-local and cloud metadata (169.254.0.0/16)",
        "http://127.1/                            | the address 127.0.0.1 is loopback (127.0.0.0/8)",
        "http://2130706433/                       | the address 127.0.0.1 is loopback (127.0.0.0/8)",
        "http://0x7f000001/                       | the address 127.0.0.1 is loopback (127.0.0.0/8)",
        "http://0177.0.0.1/                       | the address 127.0.0.1 is loopback (127.0.0.0/8)",
        "http://[::ffff:127.0.0.1]/               | the address 127.0.0.1 is loopback (127.0.0.0/8)",
        "http://[::1]/                            | the address 0:0:0:0:0:0:0:1 is loopback (::1)",
        "http://[fe80::1]/                        | the address fe80:0:0:0:0:0:0:1 is link-local (fe80::/10)",
        "http://[fd00::1]/                        | the address fd00:0:0:0:0:0:0:1 is unique local (fc00::/7)",
        "http://10.0.0.5/                         | the address 10.0.0.5 is private (10.0.0.0/8)",
        "http://172.16.9.9/                       | the address 172.16.9.9 is private (172.16.0.0/12)",
        "http://192.168.1.1/                      | the address 192.168.1.1 is private (192.168.0.0/16)",
        "http://100.64.0.1/                       | the address 100.64.0.1 is carrier-grade NAT (100.64.0.0/10)",
        "http://0.0.0.0/                          | the address 0.0.0.0 is this network (0.0.0.0/8)",
        "http://224.0.0.1/                        | the address 224.0.0.1 is multicast (224.0.0.0/4)",
        "http://[64:ff9b::a9fe:a9fe]/             | the address 64:ff9b:0:0:0:0:a9fe:a9fe is IPv4 embedded in IPv6: link-local and cloud metadata (169.254.0.0/16)"})
    void ipLiteralsInBlockedRangesAreBlocked(String raw, String reason) {
        UrlRefusedException refused = catchThrowableOfType(UrlRefusedException.class, () -> SourceUrls.normalize(raw));
        assertThat(refused.verdict()).isEqualTo(Verdict.BLOCKED);
        assertThat(refused.getMessage()).isEqualTo(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2049 | INVALID", "2048 | VALID"})
    void urlsLongerThan2048CharactersAreInvalid(int length, String outcome) throws UrlRefusedException {
        String prefix = "https://example.com/";
        String url = prefix + "a".repeat(length - prefix.length());
        if (outcome.equals("VALID")) {
            assertThat(SourceUrls.normalize(url).url()).hasSize(2048);
        } else {
            assertThat(catchThrowableOfType(UrlRefusedException.class, () -> SourceUrls.normalize(url)).getMessage())
                    .isEqualTo("the URL is longer than 2048 characters");
        }
    }
}
