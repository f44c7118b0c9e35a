package dev.newsflow.ingest.post.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026/Feb 07 US rally.md        | 2026-feb-07-us-rally",
        "us-rally.markdown              | us-rally",
        "  Spaces  and__underscores.txt | spaces-and-underscores",
        "Zürich Börse.md                | z-rich-b-rse",
        "v1.2 notes.md                  | v1-2-notes",
        "archive/.hidden-ish/post.md    | archive-hidden-ish-post",
        "no-extension                   | no-extension",
        "__.md                          | ''"})
    void idFromKey(String key, String id) {
        assertThat(ArticleIds.fromKey(key.strip())).isEqualTo(id);
    }
}
