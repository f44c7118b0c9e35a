package dev.newsflow.enrich.figure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.contracts.article.MarketFigure;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Holds the extractor to the figures the end-to-end suite expects from the repository's sample posts
 * (e2e-tests' stated-figures.txt), so a rule that renames or drops one fails here rather than at the end of CI.
 */
class SampleStatedFiguresTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path STATED = Path.of("..", "e2e-tests", "src", "test", "resources", "stated-figures.txt");
    private static final String SEPARATOR = " | ";
    private static final String FENCE = "---\n";

    private final FigureExtractor extractor = new FigureExtractor();

    @Test
    void everyStatedFigureOfEverySampleIsExtracted() throws IOException {
        // Given the figures each sample states, as the end-to-end suite lists them
        Map<String, List<String>> stated = stated();

        // When the extractor reads each of those samples' body and tldr as the pipeline passes them
        Map<String, List<String>> extracted = new LinkedHashMap<>();
        for (String id : stated.keySet()) {
            Path file = SAMPLES.resolve(id + ".md");
            assertThat(file).as("sample %s", id).isRegularFile();
            extracted.put(id, figuresOf(Files.readString(file)));
        }

        // Then each of a sample's stated figures is among those extracted
        assertThat(stated).as("stated figures").isNotEmpty();
        stated.forEach((id, figures) -> assertThat(extracted.get(id)).as("figures extracted from %s", id)
                .containsAll(figures));
    }

    private List<String> figuresOf(String post) {
        int end = post.indexOf("\n" + FENCE, FENCE.length() - 1);
        Map<String, Object> front = new Yaml().load(post.substring(FENCE.length(), end));
        @SuppressWarnings("unchecked")
        List<String> tldr = (List<String>) front.getOrDefault("tldr", List.of());
        String body = post.substring(end + 1 + FENCE.length()).strip();
        return extractor.extract(body, tldr).stream().map(SampleStatedFiguresTest::line).toList();
    }

    /** {@code figure} as the list writes it: "subject | move | level", moves signed with their unit, '-' for none. */
    private static String line(MarketFigure figure) {
        List<String> moves = new ArrayList<>();
        if (figure.changePercent() != null) {
            moves.add(signed(figure.changePercent()) + "%");
        }
        if (figure.changePoints() != null) {
            moves.add(signed(figure.changePoints()) + "pt");
        }
        if (figure.changeBp() != null) {
            moves.add(signed(figure.changeBp()) + "bp");
        }
        return String.join(SEPARATOR, figure.subject(), moves.isEmpty() ? "-" : String.join(" ", moves),
                figure.level() == null ? "-" : plain(figure.level()));
    }

    private static String signed(double number) {
        return (number > 0 ? "+" : "") + plain(number);
    }

    private static String plain(double number) {
        return new BigDecimal(Double.toString(number)).stripTrailingZeros().toPlainString();
    }

    private static Map<String, List<String>> stated() throws IOException {
        Map<String, List<String>> figures = new LinkedHashMap<>();
        for (String line : Files.readAllLines(STATED)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int end = line.indexOf(SEPARATOR);
                figures.computeIfAbsent(line.substring(0, end), id -> new ArrayList<>())
                        .add(line.substring(end + SEPARATOR.length()));
            }
        }
        return figures;
    }
}
