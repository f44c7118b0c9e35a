package dev.newsflow.ingest.post.domain;

import dev.newsflow.contracts.article.ArticleIngested;
import dev.newsflow.contracts.article.RejectionError;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Parses a post (YAML front matter and Markdown body) into an {@link ArticleIngested}, or rejects it with reasons. */
public final class PostParser {

    private static final Set<String> EXTENSIONS = Set.of("md", "markdown", "txt");
    private static final Set<String> CONTRACT_KEYS = Set.of("title", "category", "layout", "date", "source_url",
            "sentiment_score", "sentiment_label", "tldr");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final String INCOMING = "incoming/";

    private final PostSizeLimit sizeLimit;
    private final FrontMatterReader reader;
    private final PostDates dates;
    private final Clock clock;

    /** A parser that rejects posts over {@code maxBytes} and reads zone-less dates in {@code defaultZone}. */
    public PostParser(int maxBytes, ZoneId defaultZone, Clock clock) {
        this(maxBytes, defaultZone, clock, true);
    }

    /** As above; {@code flatFrontMatter} false leaves all front matter to snakeyaml, as a reference to compare with. */
    PostParser(int maxBytes, ZoneId defaultZone, Clock clock, boolean flatFrontMatter) {
        this.sizeLimit = new PostSizeLimit(maxBytes);
        this.reader = new FrontMatterReader(maxBytes, flatFrontMatter);
        this.dates = new PostDates(defaultZone);
        this.clock = clock;
    }

    /** Parses the post {@code content} found at {@code relativeKey}, its key relative to {@code incoming/}. */
    public ArticleIngested parse(String relativeKey, byte[] content) throws PostRejectedException {
        sizeLimit.check(content.length);
        checkExtension(relativeKey);
        String id = ArticleIds.fromKey(relativeKey);
        if (id.isEmpty()) {
            throw new PostRejectedException("the file name '" + relativeKey
                    + "' has no letter or digit to make an article id");
        }
        FrontMatter frontMatter = FrontMatter.split(PostText.decode(content));
        Map<String, FrontMatterEntry> entries = reader.read(frontMatter);
        List<RejectionError> errors = new ArrayList<>();
        String title = required(entries, "title", errors);
        String dateText = required(entries, "date", errors);
        OffsetDateTime publishedAt = dateText == null ? null : date(entries.get("date"), dateText, errors);
        Double score = score(entries.get("sentiment_score"), errors);
        String category = optional(entries, "category", errors);
        String layout = optional(entries, "layout", errors);
        String sourceUrl = optional(entries, "source_url", errors);
        String label = optional(entries, "sentiment_label", errors);
        List<String> tldr = tldr(entries.get("tldr"), errors);
        PostLimits.title(title, lineOf(entries, "title"), errors);
        PostLimits.date(publishedAt, dateText, lineOf(entries, "date"), errors);
        PostLimits.tldr(tldr, lineOf(entries, "tldr"), errors);
        Map<String, Object> extra = extra(entries, errors);
        if (!errors.isEmpty()) {
            throw new PostRejectedException(errors);
        }
        MarkdownOutline outline = MarkdownOutline.of(frontMatter.body());
        PostLimits.sources(outline);
        return new ArticleIngested(id, ContentHash.of(content), INCOMING + relativeKey, clock.instant(), title,
                category,
                layout, publishedAt, sourceUrl, score, label, tldr, outline.headline(), frontMatter.body(),
                outline.sources(), extra, null, null);
    }

    private static void checkExtension(String key) throws PostRejectedException {
        String name = key.substring(key.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!EXTENSIONS.contains(extension)) {
            String shown = dot < 0 ? "without an extension" : "'." + name.substring(dot + 1) + "'";
            throw new PostRejectedException("unsupported file type " + shown
                    + ": posts must end in .md, .markdown or .txt");
        }
    }

    private static Integer lineOf(Map<String, FrontMatterEntry> entries, String field) {
        FrontMatterEntry entry = entries.get(field);
        return entry == null ? null : entry.line();
    }

    private static String required(Map<String, FrontMatterEntry> entries, String field, List<RejectionError> errors) {
        FrontMatterEntry entry = entries.get(field);
        if (entry == null) {
            errors.add(new RejectionError(null, field, field + " is missing"));
            return null;
        }
        String text = text(entry, field, errors);
        if (text == null || text.isBlank()) {
            if (errors.isEmpty() || !field.equals(errors.get(errors.size() - 1).field())) {
                errors.add(new RejectionError(entry.line(), field, field + " is empty"));
            }
            return null;
        }
        return text.strip();
    }

    private static String optional(Map<String, FrontMatterEntry> entries, String field, List<RejectionError> errors) {
        FrontMatterEntry entry = entries.get(field);
        if (entry == null) {
            return null;
        }
        String text = text(entry, field, errors);
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(FrontMatterEntry entry, String field, List<RejectionError> errors) {
        try {
            return entry.text(field);
        } catch (PostRejectedException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private OffsetDateTime date(FrontMatterEntry entry, String text, List<RejectionError> errors) {
        Optional<OffsetDateTime> date = dates.parse(text);
        if (date.isEmpty()) {
            errors.add(new RejectionError(entry.line(), "date", "'" + text + "' is not a date (expected YYYY-MM-DD "
                    + "HH:MM:SS, optionally with a zone offset, or ISO-8601)"));
        }
        return date.orElse(null);
    }

    private static Double score(FrontMatterEntry entry, List<RejectionError> errors) {
        if (entry == null || entry.isNull()) {
            return null;
        }
        String text = text(entry, "sentiment_score", errors);
        if (text == null) {
            return null;
        }
        if (DECIMAL.matcher(text.strip()).matches()) {
            double score = Double.parseDouble(text.strip());
            if (Double.isFinite(score)) {
                return score;
            }
        }
        errors.add(new RejectionError(entry.line(), "sentiment_score", "'" + text + "' is not a number"));
        return null;
    }

    private static List<String> tldr(FrontMatterEntry entry, List<RejectionError> errors) {
        if (entry == null) {
            return List.of();
        }
        try {
            return entry.texts("tldr").stream().map(String::strip).filter(line -> !line.isEmpty()).toList();
        } catch (PostRejectedException e) {
            errors.addAll(e.errors());
            return List.of();
        }
    }

    /**
     * The keys beyond the contract's, as snakeyaml's safe constructor builds their values; a value it cannot build (a
     * tag it does not know, {@code desk: !x y}) is an error of the post at its key.
     */
    private static Map<String, Object> extra(Map<String, FrontMatterEntry> entries, List<RejectionError> errors) {
        Map<String, Object> extra = new LinkedHashMap<>();
        entries.forEach((key, entry) -> {
            if (!CONTRACT_KEYS.contains(key)) {
                try {
                    extra.put(key, entry.value());
                } catch (YAMLException e) {
                    String problem = e instanceof MarkedYAMLException marked && marked.getProblem() != null
                            ? marked.getProblem() : e.getMessage();
                    errors.add(new RejectionError(entry.line(), key, FrontMatterReader.invalid(problem)));
                }
            }
        });
        return extra;
    }
}
