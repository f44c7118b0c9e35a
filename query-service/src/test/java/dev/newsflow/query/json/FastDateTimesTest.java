package dev.newsflow.query.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fast reading of date-times gives what Jackson's own deserializers give, values and failures alike. */
class FastDateTimesTest {

    private static final List<String> VALUES = List.of("\"2026-03-02T17:00:00Z\"", "\"2026-03-02T17:00:00.5Z\"",
            "\"2026-03-02T17:00:00.123456789Z\"", "\"2026-03-02T17:00:00.1234567891Z\"",
            "\"2026-03-02T17:00:00+05:30\"", "\"2026-03-02T17:00:00.250-04:00\"", "\"2026-03-02T17:00:00+00:00\"",
            "\"2026-03-02T17:00:00-00:00\"", "\"2026-03-02T17:00Z\"", "\"2026-02-30T17:00:00Z\"",
            "\"2026-03-02T24:00:00Z\"", "\"2026-12-31T23:59:60Z\"", "\"2026-03-02T17:00:00+0530\"",
            "\"2026-03-02T17:00:00+19:00\"", "\"2026-03-02T17:00:00.Z\"", "\"2026-03-02 17:00:00Z\"",
            "\" 2026-03-02T17:00:00Z \"", "\"2026-03-02T17:00:00\"", "\"x026-03-02T17:00:00Z\"", "\"\"",
            "1772470800", "1772470800.5", "null", "\"2026-03-02T17:00:00+05:30:15\"", "\"+12026-03-02T17:00:00Z\"");

    @Test
    void readsWhatJacksonReads() {
        for (boolean adjust : new boolean[] {true, false}) {
            ObjectMapper jackson = mapper(adjust);
            ObjectMapper fast = mapper(adjust);
            new FastDateTimes().customize(fast);
            for (String value : VALUES) {
                assertThat(read(fast, value, Instant.class)).as(value).isEqualTo(read(jackson, value, Instant.class));
                assertThat(read(fast, value, OffsetDateTime.class)).as(value)
                        .isEqualTo(read(jackson, value, OffsetDateTime.class));
            }
        }
    }

    private static ObjectMapper mapper(boolean adjust) {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE, adjust);
    }

    /** The value read, or the message of the failure. */
    private static Object read(ObjectMapper mapper, String json, Class<?> type) {
        try {
            return mapper.readValue(json, type);
        } catch (Exception failure) {
            return failure.getClass().getSimpleName() + ": " + failure.getMessage();
        }
    }
}
