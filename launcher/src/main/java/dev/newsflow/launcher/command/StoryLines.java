package dev.newsflow.launcher.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A post's story (query-service's answer) as lines a person reads: a heading, then one line per stage. */
final class StoryLines {

    private StoryLines() {
    }

    static List<String> of(JsonNode story) {
        List<String> lines = new ArrayList<>();
        String id = story.path("id").isTextual() ? "  (article " + story.get("id").asText() + ")" : "";
        lines.add(story.path("bucketKey").asText() + id);
        JsonNode waiting = story.path("waiting");
        lines.add("state: " + story.path("state").asText() + (waiting.isObject() ? ", waiting on "
                + waiting.path("on").asText() + " for " + waiting.path("seconds").asLong() + " s" : ""));
        for (JsonNode stage : story.path("stages")) {
            lines.add(String.format("  %-24s  %-12s  %s", stage.path("at").asText(), stage.path("stage").asText(),
                    details(stage)).stripTrailing());
        }
        return lines;
    }

    private static String details(JsonNode stage) {
        List<String> parts = new ArrayList<>();
        if (stage.has("topic")) {
            parts.add(stage.get("topic").asText() + "-" + stage.path("partition").asInt() + "@"
                    + stage.path("offset").asLong());
        }
        if (stage.has("revision")) {
            parts.add("revision " + stage.get("revision").asInt());
        }
        if (stage.has("via")) {
            parts.add("via " + stage.get("via").asText());
        }
        if (stage.has("checks")) {
            List<String> checks = new ArrayList<>();
            stage.get("checks").properties().forEach(check -> checks.add(check.getValue().asInt() + " "
                    + check.getKey()));
            parts.add("checks " + (checks.isEmpty() ? "none" : String.join(", ", checks)));
        }
        if (stage.has("figureCount")) {
            parts.add(stage.get("figureCount").asInt() + " figures");
        }
        if (stage.has("reason")) {
            parts.add(stage.get("reason").asText());
        }
        if (stage.has("traceId")) {
            parts.add("trace " + stage.get("traceId").asText());
        }
        return String.join(", ", parts);
    }
}
