package dev.newsflow.launcher.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.service.ServiceApi;

/** Reads a service's JSON answer: its body, or the problem's detail of an error answer as a launcher error. */
final class JsonAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswers() {
    }

    /** The body of {@code answer} when its status is {@code expected}; else an error with {@code prefix} and why. */
    static JsonNode expect(ServiceApi.Answer answer, int expected, String prefix) {
        JsonNode body = parse(answer.body());
        if (answer.status() == expected && body != null) {
            return body;
        }
        String detail = body != null && body.path("detail").isTextual() ? body.get("detail").asText()
                : "HTTP " + answer.status();
        throw new LauncherException(prefix + detail);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
