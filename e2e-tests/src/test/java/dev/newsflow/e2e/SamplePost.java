package dev.newsflow.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** What a sample post under samples/ says about itself, read independently of the services. */
record SamplePost(Path file, String id, String title, String category, String sourceUrl, List<String> tldr,
        List<String> sourceLinks) {

    private static final Pattern LINK = Pattern.compile("\\]\\((https?://[^)\\s]+)\\)");

    static SamplePost read(Path file) {
        try {
            String text = Files.readString(file);
            String[] parts = text.split("(?m)^---\\s*$", 3);
            Map<String, Object> front = new Yaml().load(parts[1]);
            String body = parts[2];
            String sources = body.substring(body.indexOf("### Sources"));
            List<String> links = LINK.matcher(sources).results().map(m -> m.group(1)).toList();
            @SuppressWarnings("unchecked")
            List<String> tldr = (List<String>) front.get("tldr");
            return new SamplePost(file, idOf(file.getFileName().toString()), (String) front.get("title"),
                    (String) front.get("category"), (String) front.get("source_url"), tldr, links);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The article id the architecture gives a file name: lowercased, runs of other characters as one '-'. */
    static String idOf(String fileName) {
        String stem = fileName.substring(0, fileName.lastIndexOf('.'));
        Matcher matcher = Pattern.compile("[^a-z0-9]+").matcher(stem.toLowerCase(Locale.ROOT));
        return matcher.replaceAll("-").replaceAll("^-|-$", "");
    }
}
