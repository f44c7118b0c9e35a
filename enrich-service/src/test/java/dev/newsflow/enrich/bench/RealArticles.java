package dev.newsflow.enrich.bench;

import dev.newsflow.enrich.figure.domain.LabelledPassage;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles of about reference size (3 KB) made of the published passages of one evaluation split, joined in their
 * order as paragraphs, so a benchmark can measure the extractor on real news as well as on its own reference wrap.
 */
final class RealArticles {

    private static final int SIZE = 3_000;

    private RealArticles() {
    }

    /** The passages of {@code split} as articles of at least 3,000 characters each (the rest is dropped). */
    static List<String> of(String split) {
        List<String> articles = new ArrayList<>();
        StringBuilder article = new StringBuilder();
        for (LabelledPassage passage : LabelledPassage.of(split)) {
            article.append(passage.text()).append("\n\n");
            if (article.length() >= SIZE) {
                articles.add(article.toString());
                article.setLength(0);
            }
        }
        return List.copyOf(articles);
    }
}
