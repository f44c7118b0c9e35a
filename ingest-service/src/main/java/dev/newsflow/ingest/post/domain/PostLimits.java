package dev.newsflow.ingest.post.domain;

import dev.newsflow.contracts.article.RejectionError;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What a post may hold beyond being well-formed, so one post cannot swell every event and row downstream: a title of
 * at most {@value #MAX_TITLE} characters, at most {@value #MAX_TLDR_ITEMS} tldr items of at most
 * {@value #MAX_TLDR_ITEM} characters, at most {@value #MAX_SOURCES} links in the Sources section, and a date in the
 * years {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
 */
final class PostLimits {

    static final int MAX_TITLE = 500;
    static final int MAX_TLDR_ITEMS = 50;
    static final int MAX_TLDR_ITEM = 1_000;
    static final int MAX_SOURCES = 200;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;

    private PostLimits() {
    }

    /** Adds an error when the title at {@code line} is too long. */
    static void title(String title, Integer line, List<RejectionError> errors) {
        if (title != null && title.length() > MAX_TITLE) {
            errors.add(new RejectionError(line, "title", format("title is %,d characters long, over the limit of %,d",
                    title.length(), MAX_TITLE)));
        }
    }

    /** Adds an error when the tldr at {@code line} has too many items or too long a one. */
    static void tldr(List<String> tldr, Integer line, List<RejectionError> errors) {
        if (tldr.size() > MAX_TLDR_ITEMS) {
            errors.add(new RejectionError(line, "tldr", format("tldr has %,d items, over the limit of %,d",
                    tldr.size(), MAX_TLDR_ITEMS)));
            return;
        }
        for (int i = 0; i < tldr.size(); i++) {
            if (tldr.get(i).length() > MAX_TLDR_ITEM) {
                errors.add(new RejectionError(line, "tldr", format("tldr item %d is %,d characters long, over the "
                        + "limit of %,d", i + 1, tldr.get(i).length(), MAX_TLDR_ITEM)));
            }
        }
    }

    /** Adds an error when the date {@code text} at {@code line} lies outside the years a post may have. */
    static void date(OffsetDateTime date, String text, Integer line, List<RejectionError> errors) {
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            errors.add(new RejectionError(line, "date", format("'%s' is out of range: a post's date must be in the "
                    + "years %d to %d", text, FIRST_YEAR, LAST_YEAR)));
        }
    }

    /** Rejects a post whose Sources section has too many links. */
    static void sources(MarkdownOutline outline) throws PostRejectedException {
        if (outline.sources().size() > MAX_SOURCES) {
            throw new PostRejectedException(format("the Sources section has %,d links, over the limit of %,d",
                    outline.sources().size(), MAX_SOURCES));
        }
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
