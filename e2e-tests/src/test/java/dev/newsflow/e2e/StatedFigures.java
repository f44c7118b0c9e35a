package dev.newsflow.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The market figures each sample states (stated-figures.txt), and a figure of the API in the same form. */
final class StatedFigures {

    private static final String SEPARATOR = " | ";

    private StatedFigures() {
    }

    /** The stated figures by article id, each in the form {@link #of(JsonNode)} gives. */
    static Map<String, List<String>> read() {
        Map<String, List<String>> figures = new LinkedHashMap<>();
        try (InputStream in = StatedFigures.class.getResourceAsStream("/stated-figures.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                int end = line.indexOf(SEPARATOR);
                figures.computeIfAbsent(line.substring(0, end), id -> new ArrayList<>())
                        .add(line.substring(end + SEPARATOR.length()));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return figures;
    }

    /** {@code figure} as "subject | move | level": the move signed, with its unit (%, pt, bp); '-' for none. */
    static String of(JsonNode figure) {
        List<String> moves = new ArrayList<>();
        if (figure.path("changePercent").isNumber()) {
            moves.add(signed(figure.get("changePercent")) + "%");
        }
        if (figure.path("changePoints").isNumber()) {
            moves.add(signed(figure.get("changePoints")) + "pt");
        }
        if (figure.path("changeBp").isNumber()) {
            moves.add(signed(figure.get("changeBp")) + "bp");
        }
        String level = figure.path("level").isNumber() ? plain(figure.get("level")) : "-";
        return String.join(SEPARATOR, figure.get("subject").asText(), moves.isEmpty() ? "-" : String.join(" ", moves),
                level);
    }

    private static String signed(JsonNode number) {
        return (number.decimalValue().signum() > 0 ? "+" : "") + plain(number);
    }

    private static String plain(JsonNode number) {
        return new BigDecimal(number.asText()).stripTrailingZeros().toPlainString();
    }
}
