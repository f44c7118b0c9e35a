package dev.newsflow.enrich.figure.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A passage of the evaluation set ({@code src/test/resources/figures/<split>}) with the figures a reader finds in it,
 * and the page it was taken from when it is published text.
 */
public record LabelledPassage(String file, String id, String url, String text, List<JsonNode> figures) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every labelled passage of one split of the evaluation set ({@code written}, {@code real-dev}, ...). */
    public static List<LabelledPassage> of(String split) {
        URL folder = LabelledPassage.class.getResource("/figures/" + split);
        if (folder == null) {
            throw new IllegalArgumentException("no evaluation split " + split + " on the test classpath");
        }
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<LabelledPassage> passages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode node : JSON.readTree(file.toFile())) {
                    List<JsonNode> figures = new ArrayList<>();
                    node.get("figures").forEach(figures::add);
                    passages.add(new LabelledPassage(file.getFileName().toString(), node.get("id").asText(),
                            node.path("url").asText(null), node.get("text").asText(), figures));
                }
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same passage with its text hard-wrapped at {@code width} columns, as a plain-text editor would. */
    public LabelledPassage wrapped(int width) {
        return new LabelledPassage(file, id, url, HardWrap.wrap(text, width), figures);
    }
}
