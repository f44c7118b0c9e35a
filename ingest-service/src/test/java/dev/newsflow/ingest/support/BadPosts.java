package dev.newsflow.ingest.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/** The catalogue of bad posts every way in (folder, S3, HTTP) is tested with, each with the reason it must get. */
public final class BadPosts {

    private static final String FRONT = "---\ntitle: \"Bad post\"\ndate: 2026-03-05 21:05:00\n";
    private static final String NOT_A_DATE = "' is not a date (expected YYYY-MM-DD HH:MM:SS, optionally with a zone "
            + "offset, or ISO-8601)";

    private BadPosts() {
    }

    /**
     * One bad post.
     *
     * @param name    what is wrong with it
     * @param content its bytes
     * @param reason  the reason it must be rejected with, as a pattern that matches the whole reason
     */
    public record BadPost(String name, byte[] content, Pattern reason) {

        /** The file name it is dropped as: its name in lowercase with dashes. */
        public String file() {
            return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".md";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every bad post of the catalogue. */
    public static List<BadPost> all() {
        return List.of(
                exact("empty file", "", "empty file: 0 bytes"),
                exact("only whitespace", "\n  \n", "empty file: only whitespace"),
                exact("no front matter", "Stocks rose.\n",
                        "line 1: no front matter: the file must start with a '---' line"),
                exact("unterminated front matter", "---\ntitle: Open\ndate: 2026-03-05\nBody\n",
                        "line 1: unterminated front matter: no closing '---' line after the one on line 1"),
                exact("YAML error on line 3", "---\nlayout: post\ntitle: \"Gold climbs\ncategory: Markets\n"
                        + "date: 2026-03-05\n---\nBody\n", "line 3: invalid YAML in the front matter: while scanning "
                        + "a quoted scalar, found unexpected end of stream on line 6"),
                exact("YAML alias bomb", aliasBomb(), "the front matter uses too many YAML aliases (limit 20)"),
                exact("YAML nesting bomb", FRONT + "deep: " + "[".repeat(100) + "]".repeat(100) + "\n---\n",
                        "the front matter is nested deeper than 20 levels"),
                exact("duplicate key", FRONT + "title: \"Again\"\n---\n",
                        "line 4, field 'title': the key 'title' appears more than once"),
                exact("NUL byte", FRONT + "category: \"Mar\u0000kets\"\n---\n",
                        "line 4: binary content: byte 0x00 at offset 62 (line 4) is not text"),
                exact("mixed line endings", "---\r\ntitle: T\rcategory: C\ndate: 2026-13-45\r\n---\rBody\n",
                        "line 4, field 'date': '2026-13-45" + NOT_A_DATE),
                exact("not UTF-8", "---\ntitle: Caf\u00e9\ndate: 2026-03-05\n---\n", StandardCharsets.ISO_8859_1,
                        "line 2: not valid UTF-8: bad byte sequence at offset 14 (line 2)"),
                exact("missing title", "---\ndate: 2026-03-05 10:00:00\n---\nBody\n",
                        "field 'title': title is missing"),
                exact("date not a date", "---\ntitle: T\ndate: yesterday\n---\n", "line 3, field 'date': 'yesterday"
                        + NOT_A_DATE),
                exact("date in year 0", "---\ntitle: T\ndate: 0000-01-01\n---\n", "line 3, field 'date': "
                        + "'0000-01-01' is out of range: a post's date must be in the years 1900 to 2100"),
                exact("date in year 9999", "---\ntitle: T\ndate: 9999-12-31 23:59:59\n---\n", "line 3, field 'date': "
                        + "'9999-12-31 23:59:59' is out of range: a post's date must be in the years 1900 to 2100"),
                exact("title of 100 KB", "---\ntitle: " + "x".repeat(102_400) + "\ndate: 2026-03-05\n---\n",
                        "line 2, field 'title': title is 102,400 characters long, over the limit of 500"),
                exact("tldr of 10,000 items", FRONT + "tldr:\n" + "  - point\n".repeat(10_000) + "---\n",
                        "line 4, field 'tldr': tldr has 10,000 items, over the limit of 50"),
                exact("Sources of 5,000 links", FRONT + "---\n### Sources\n"
                        + "- [Wire](https://www.example.com/a)\n".repeat(5_000),
                        "the Sources section has 5,000 links, over the limit of 200"),
                exact("score not a number", FRONT + "sentiment_score: high\n---\n",
                        "line 4, field 'sentiment_score': 'high' is not a number"),
                exact("front matter a list", "---\n- just\n- a list\n---\n",
                        "line 2: the front matter must be a mapping of keys to values"),
                new BadPost("event over Kafka's limit", (FRONT + "---\n" + "\"".repeat(520_000) + "\n")
                        .getBytes(StandardCharsets.UTF_8),
                        Pattern.compile("the article's event would be 1,04\\d,\\d{3} "
                        + "bytes, over the 1,000,000-byte limit of one Kafka message")),
                exact("over the size cap", "x".repeat(1_048_577),
                        "the file is 1,048,577 bytes, over the 1,048,576-byte "
                        + "limit"));
    }

    private static BadPost exact(String name, String content, String reason) {
        return exact(name, content, StandardCharsets.UTF_8, reason);
    }

    private static BadPost exact(String name, String content, java.nio.charset.Charset charset, String reason) {
        return new BadPost(name, content.getBytes(charset), Pattern.compile(Pattern.quote(reason)));
    }

    private static String aliasBomb() {
        StringBuilder bomb = new StringBuilder(FRONT).append("a: &a [\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String previous = "*" + (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(",", previous, previous, previous,
                    previous)).append("]\n");
        }
        return bomb.append("---\n").toString();
    }
}
