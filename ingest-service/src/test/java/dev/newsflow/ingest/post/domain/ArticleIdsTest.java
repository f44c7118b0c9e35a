package dev.newsflow.ingest.post.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026/Feb 07 US rally.md        | 2026-feb-07-us-rally",
        "us-rally.markdown              | us-rally",
        "  Spaces  and__underscores.txt | spaces-and-underscores",
        "Börse.md                       | borse",
        "Bärse.md                       | barse",
        "Straße.md                      | strasse",
        "Zürich Börse.md                | zurich-borse",
        "Café Crème/Œuvre.md            | cafe-creme-oeuvre",
        "Биржа Москва.md                | birza-moskva",
        "日経平均.md                     | ri-jing-ping-jun",
        "Ελλάδα.md                      | ellada",
        "v1.2 notes.md                  | v1-2-notes",
        "archive/.hidden-ish/post.md    | archive-hidden-ish-post",
        "no-extension                   | no-extension",
        "__.md                          | ''",
        "★☆.md                          | ''"})
    void idFromKey(String key, String id) {
        assertThat(ArticleIds.fromKey(key.strip())).isEqualTo(id);
    }

    @Test
    void keysThatDifferOnlyInAccentsNoLongerShareAnId() {
        assertThat(ArticleIds.fromKey("Börse.md")).isNotEqualTo(ArticleIds.fromKey("Bärse.md"));
    }

    @Test
    void theSharedTransliteratorGivesTheSameIdsOnManyThreadsAtOnce() throws Exception {
        // Given keys in several scripts and the ids one thread gives them
        List<String> keys = List.of("Börse.md", "Straße.md", "Биржа Москва.md", "日経平均.md", "Ελλάδα.md");
        List<String> expected = keys.stream().map(ArticleIds::fromKey).toList();

        // When eight threads derive them 2,000 times each at once
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            Callable<List<String>> run = () -> IntStream.range(0, 2_000)
                    .mapToObj(i -> ArticleIds.fromKey(keys.get(i % keys.size()))).distinct().sorted().toList();
            List<Future<List<String>>> runs = threads.invokeAll(List.of(run, run, run, run, run, run, run, run));

            // Then every thread got exactly the same ids
            for (Future<List<String>> ids : runs) {
                assertThat(ids.get()).containsExactlyElementsOf(expected.stream().sorted().toList());
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
