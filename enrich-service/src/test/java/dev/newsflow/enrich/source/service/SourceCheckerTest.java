package dev.newsflow.enrich.source.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.SourceCheck;
import dev.newsflow.contracts.article.SourceCheck.Origin;
import dev.newsflow.contracts.article.SourceCheck.Verdict;
import dev.newsflow.enrich.source.domain.CitedLink;
import dev.newsflow.enrich.support.LoopbackPages;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceCheckerTest {

    private static LoopbackPages pages;
    private static LoopbackPages canary;
    private static SourceChecker checker;

    @BeforeAll
    static void startPages() {
        pages = LoopbackPages.start();
        canary = LoopbackPages.start();
        FetchConfig config = TestFetchConfig.allowing(pages.port());
        SourceMetrics metrics = new SourceMetrics(new SimpleMeterRegistry());
        Clock clock = Clock.systemUTC();
        checker = new SourceChecker(new CachedFetcher(new SourceFetcher(config), metrics, config, clock), metrics,
                config, clock);
    }

    @AfterAll
    static void stopPages() {
        pages.close();
        canary.close();
    }

    @Test
    void aPageWithAnOpenGraphTitleIsValid() {
        SourceCheck check = check(pages.url("/article"));

        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.reason()).isNull();
        assertThat(check.httpStatus()).isEqualTo(200);
        assertThat(check.finalUrl()).isEqualTo(pages.url("/article"));
        assertThat(check.pageTitle()).isEqualTo("Stocks rally as chips rebound");
        assertThat(check.canonicalUrl()).isNull();
        assertThat(check.host()).isEqualTo("localhost");
        assertThat(check.origin()).isEqualTo(Origin.SOURCES_SECTION);
        assertThat(check.checkedAt()).isNotNull();
    }

    @Test
    void aCanonicalUrlThatPointsElsewhereIsFlagged() {
        SourceCheck check = check(pages.url("/syndicated"));

        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.canonicalUrl()).isEqualTo("https://original.example.com/story");
    }

    @Test
    void redirectsAreFollowedUpToThreeHops() {
        SourceCheck check = check(pages.url("/hops/2"));

        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.finalUrl()).isEqualTo(pages.url("/titled"));
        assertThat(check.pageTitle()).isEqualTo("Only a title");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/hops/3    | INVALID     |     | more than 3 redirects",
        "/not-found | INVALID     | 404 | the page answered HTTP 404",
        "/broken    | UNREACHABLE | 500 | the server answered HTTP 500",
        "/slow      | UNREACHABLE |     | no complete answer within 1000 ms"})
    void failingPagesGetTheirVerdictAndReason(String path, Verdict verdict, Integer status, String reason) {
        SourceCheck check = check(pages.url(path));

        assertThat(check.verdict()).isEqualTo(verdict);
        assertThat(check.httpStatus()).isEqualTo(status);
        assertThat(check.reason()).isEqualTo(reason);
    }

    @Test
    void aBodyOverTheSizeCapIsReadUpToTheCap() {
        SourceCheck check = check(pages.url("/huge"));

        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.pageTitle()).isEqualTo("Huge page");
    }

    @Test
    void aResponseThatIsNotHtmlIsValidWithoutATitle() {
        SourceCheck check = check(pages.url("/data.json"));

        assertThat(check.verdict()).isEqualTo(Verdict.VALID);
        assertThat(check.httpStatus()).isEqualTo(200);
        assertThat(check.pageTitle()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://169.254.169.254/latest/meta-data/ | BLOCKED | the address 169.254.169.254 is link-local and cloud metadata (169.254.0.0/16)",
        "http://127.1:{canary}/                   | BLOCKED | the address 127.0.0.1 is loopback (127.0.0.0/8)",
        "http://2130706433:{canary}/              | BLOCKED | the address 127.0.0.1 is loopback (127.0.0.0/8)",
        "http://0x7f000001:{canary}/              | BLOCKED | the address 127.0.0.1 is loopback (127.0.0.0/8)",
        "http://[::ffff:127.0.0.1]:{canary}/      | BLOCKED | the address 127.0.0.1 is loopback (127.0.0.0/8)",
        "file:///etc/passwd                       | INVALID | the scheme 'file' is not allowed: only http and https",
        "gopher://127.0.0.1:{canary}/_x           | INVALID | the scheme 'gopher' is not allowed: only http and https",
        "http://localhost:{canary}/               | BLOCKED | the host localhost resolves to 127.0.0.1, which is loopback (127.0.0.0/8)",
        "{pages}/to/127.0.0.1:{canary}/secret     | BLOCKED | redirected to a refused URL: the address 127.0.0.1 is "
                + "loopback (127.0.0.0/8)",
        "{pages}/to/localhost:{canary}/secret     | BLOCKED | redirected to a refused URL: the host localhost "
                + "resolves to 127.0.0.1, which is loopback (127.0.0.0/8)"})
    void forbiddenTargetsAreRefusedWithoutAnyConnection(String url, Verdict verdict, String reason) {
        String target = url.replace("{canary}", Integer.toString(canary.port()))
                .replace("{pages}", pages.url("").replaceAll("/$", ""));

        SourceCheck check = check(target);

        assertThat(check.verdict()).isEqualTo(verdict);
        assertThat(check.reason()).isEqualTo(reason);
        assertThat(canary.requests()).as("requests that reached the canary").isEmpty();
    }

    private static SourceCheck check(String url) {
        List<SourceCheck> checks = checker.check(List.of(new CitedLink(url, Origin.SOURCES_SECTION)));
        assertThat(checks).hasSize(1);
        return checks.get(0);
    }

    /** Fetch settings for tests: a 1 s timeout and the pages' loopback port allowed. */
    record TestFetchConfig(Set<Integer> ports) implements FetchConfig {

        static FetchConfig allowing(int port) {
            return new TestFetchConfig(Set.of(port));
        }

        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public Duration timeout() {
            return Duration.ofSeconds(1);
        }

        @Override
        public int maxRedirects() {
            return 3;
        }

        @Override
        public int maxBodyBytes() {
            return 1_048_576;
        }

        @Override
        public int perHostConcurrency() {
            return 4;
        }

        @Override
        public int maxConcurrency() {
            return 8;
        }

        @Override
        public Duration articleBudget() {
            return Duration.ofSeconds(10);
        }

        @Override
        public String userAgent() {
            return "NewsflowTest/1";
        }

        @Override
        public Optional<Set<Integer>> testAllowedLoopbackPorts() {
            return Optional.of(ports);
        }
    }
}
