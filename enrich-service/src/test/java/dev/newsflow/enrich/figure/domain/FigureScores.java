package dev.newsflow.enrich.figure.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.contracts.article.MarketFigure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Precision, recall and F1 of extracted figures against labelled ones, per field and for the key fields together. */
final class FigureScores {

    static final String KEY = "subject+changePercent+level";
    static final List<String> FIELDS = List.of(KEY, "subject", "kind", "changePercent", "changePoints", "changeBp",
            "level", "currency", "period", "direction");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    FigureScores() {
        FIELDS.forEach(f -> counts.put(f, new int[3]));
    }

    /** Adds one passage; returns the key items that were missed ("-") or extra ("+"), for the report. */
    List<String> add(List<JsonNode> expected, List<MarketFigure> actual) {
        List<JsonNode> found = aligned(expected, actual.stream().map(f -> (JsonNode) JSON.valueToTree(f)).toList());
        List<String> differences = new ArrayList<>();
        for (String field : FIELDS) {
            List<String> want = items(expected, field);
            List<String> got = items(found, field);
            int[] c = counts.get(field);
            List<String> missing = new ArrayList<>(want);
            List<String> extra = new ArrayList<>();
            for (String item : got) {
                if (!missing.remove(item)) {
                    extra.add(item);
                }
            }
            c[0] += got.size() - extra.size();
            c[1] += got.size();
            c[2] += want.size();
            if (field.equals(KEY) || Boolean.getBoolean("figures.verbose")) {
                String label = field.equals(KEY) ? "" : field + ": ";
                missing.forEach(m -> differences.add("- " + label + m));
                extra.forEach(e -> differences.add("+ " + label + e));
            }
        }
        return differences;
    }

    /**
     * The found figures with a company named by the first words of its labelled name, or the other way round ("BHP"
     * for "BHP Billiton", "Lordstown" for "Lordstown Motors"), given the labelled name: the same issuer, however the
     * text or the lexicon shortens it. Only when exactly one labelled company fits.
     */
    private static List<JsonNode> aligned(List<JsonNode> expected, List<JsonNode> found) {
        List<String> labelled = expected.stream().filter(f -> "stock".equals(f.path("kind").asText()))
                .map(f -> f.path("subject").asText()).distinct().toList();
        List<JsonNode> result = new ArrayList<>(found.size());
        for (JsonNode figure : found) {
            String name = subject(figure.path("subject").asText(""));
            List<String> fits = labelled.stream().filter(l -> !subject(l).equals(name)
                    && prefixOf(subject(l), name) || prefixOf(name, subject(l))).toList();
            boolean exact = labelled.stream().anyMatch(l -> subject(l).equals(name));
            if (!exact && fits.size() == 1 && "stock".equals(figure.path("kind").asText())) {
                result.add(((com.fasterxml.jackson.databind.node.ObjectNode) figure.deepCopy()).put("subject",
                        fits.get(0)));
            } else {
                result.add(figure);
            }
        }
        return result;
    }

    private static boolean prefixOf(String shorter, String longer) {
        return !shorter.isEmpty() && !shorter.equals(longer) && longer.startsWith(shorter + " ");
    }

    double f1(String field) {
        double precision = precision(field);
        double recall = recall(field);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double precision(String field) {
        return precision(counts.get(field));
    }

    double recall(String field) {
        return recall(counts.get(field));
    }

    /** One line per field: precision, recall, F1 and the counts. */
    String report() {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "%-28s %9s %9s %9s %7s %7s %7s%n",
                "field", "precision", "recall", "F1", "match", "found", "labels"));
        counts.forEach((field, c) -> report.append(String.format(Locale.ROOT, "%-28s %9.3f %9.3f %9.3f %7d %7d %7d%n",
                field, precision(c), recall(c), f1(field), c[0], c[1], c[2])));
        return report.toString();
    }

    private static double precision(int[] c) {
        return c[1] == 0 ? 1 : (double) c[0] / c[1];
    }

    private static double recall(int[] c) {
        return c[2] == 0 ? 1 : (double) c[0] / c[2];
    }

    private static List<String> items(List<JsonNode> figures, String field) {
        List<String> items = new ArrayList<>();
        for (JsonNode figure : figures) {
            String subject = subject(figure.path("subject").asText(""));
            if (field.equals(KEY)) {
                items.add(subject + " | " + number(figure, "changePercent") + " | " + number(figure, "level"));
            } else if (field.equals("subject")) {
                items.add(subject);
            } else if (field.equals("direction")) {
                String direction = direction(figure);
                if (direction != null) {
                    items.add(subject + " | " + direction);
                }
            } else if (!figure.path(field).isNull() && !figure.path(field).isMissingNode()) {
                String value = figure.get(field).isNumber() ? number(figure, field) : figure.get(field).asText();
                items.add(subject + " | " + value.toLowerCase(Locale.ROOT));
            }
        }
        return items;
    }

    private static String direction(JsonNode figure) {
        if (figure.hasNonNull("direction")) {
            return figure.get("direction").asText();
        }
        for (String field : List.of("changePercent", "changePoints", "changeBp")) {
            if (figure.hasNonNull(field)) {
                double v = figure.get(field).asDouble();
                return v > 0 ? "up" : v < 0 ? "down" : "flat";
            }
        }
        return null;
    }

    private static String number(JsonNode figure, String field) {
        JsonNode value = figure.path(field);
        return value.isNumber() ? new java.math.BigDecimal(value.asText()).stripTrailingZeros().toPlainString() : "-";
    }

    /** A subject compared case-insensitively, without accents, punctuation, legal suffixes or a last word "index". */
    static String subject(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("'s", "").replaceAll("[^\\p{L}\\p{N}&/ ]", " ");
        s = (" " + s + " ")
                .replaceAll(" (inc|corp|co|ltd|plc|ag|se|sa|nv|group|holdings|corporation|limited|company|holding) ",
                " ")
                .replaceAll(" index $", " ");
        return s.trim().replaceAll("\\s+", " ");
    }
}
