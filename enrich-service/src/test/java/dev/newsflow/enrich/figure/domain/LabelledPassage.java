package dev.newsflow.enrich.figure.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A passage of the evaluation set ({@code src/test/resources/figures}) with the figures a reader finds in it. */
record LabelledPassage(String file, String id, String text, List<JsonNode> figures) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every labelled passage of the evaluation set. */
    static List<LabelledPassage> all() {
        String folder = System.getProperty("figures.folder", "/figures");
        try (Stream<Path> files = Files.list(Path.of(LabelledPassage.class.getResource(folder).toURI()))) {
            List<LabelledPassage> passages = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode node : JSON.readTree(file.toFile())) {
                    List<JsonNode> figures = new ArrayList<>();
                    node.get("figures").forEach(figures::add);
                    passages.add(new LabelledPassage(file.getFileName().toString(), node.get("id").asText(),
                            node.get("text").asText(), figures));
                }
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
