package dev.newsflow.ingest.post.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.newsflow.ingest.post.domain.IdClaim;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written id-claim JSON against Jackson's (configured as Quarkus configures it): the same text both ways. */
class IdClaimJsonTest {

    private static final ObjectMapper JACKSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final String[] KEY_PIECES = {"incoming/", "2026/", "gold", " ", "a b", "Börse", "日経平均",
        "\uD83D\uDCC8", "\"", "\\", "\n", "\t", "\u0001", "/", "'", "<>&", "\u2028", "é", ".md"};

    private final IdClaimJson codec = new IdClaimJson(JACKSON);

    @Test
    void claimsAreWrittenAsJacksonWritesThemAndReadBackAlike() throws JsonProcessingException {
        // Given claims of every shape: bare, with a revision, retracted, odd keys, instants of any precision
        Random random = new Random(19);
        int readByHand = 0;
        for (int i = 0; i < 20_000; i++) {
            IdClaim claim = claim(random);

            // When the codec writes it, then the text is Jackson's
            String text = codec.write(claim);
            assertThat(text).as("%s", claim).isEqualTo(JACKSON.writeValueAsString(claim));

            // And reading it back gives what Jackson reads, the claim itself
            assertThat(codec.read(text)).as(text).isEqualTo(JACKSON.readValue(text, IdClaim.class)).isEqualTo(claim);
            if (IdClaimJson.readWritten(text) != null) {
                readByHand++;
            }
        }

        // And most of them were read by hand, not by Jackson
        assertThat(readByHand).isGreaterThan(5_000);
    }

    @Test
    void textOfAnyOtherShapeIsReadAsJacksonReadsIt() {
        // Given records as other writers (or no writer) could have left them
        List<String> texts = List.of(
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00Z\"}",
                "{ \"bucketKey\": \"incoming/a.md\", \"claimedAt\": \"2026-03-02T17:40:00Z\" }",
                "{\"claimedAt\":\"2026-03-02T17:40:00Z\",\"bucketKey\":\"incoming/a.md\"}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00Z\",\"other\":1}",
                "{\"bucketKey\":\"incoming/a\\u0020b.md\",\"claimedAt\":\"2026-03-02T17:40:00.5Z\",\"revision\":2}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00+01:00\"}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-02-30T17:40:00Z\"}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T24:00:00Z\"}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T23:59:60Z\"}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"+12026-03-02T17:40:00Z\"}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00.1234567891Z\"}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":1772473200.5}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00Z\",\"revision\":007}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00Z\",\"revision\":-1}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00Z\",\"revision\":99999999999}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00Z\",\"retracted\":\"yes\"}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00Z\",\"retracted\":truex}",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00Z\"}garbage",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:00Z\"",
                "{\"bucketKey\":\"incoming/a.md\",\"claimedAt\":\"2026-03-02T17:40:0xZ\"}",
                "{\"bucketKey\":null,\"claimedAt\":\"2026-03-02T17:40:00Z\"}",
                "{\"claimedAt\":\"2026-03-02T17:40:00Z\"}",
                "{}", "null", "[]", "not json", "", "{\"bucketKey\":\"", "{\"bucketKey\":\"incoming/a.md\"");

        // When each is read, then the codec gives Jackson's claim, or fails with Jackson's message
        for (String text : texts) {
            assertThat(outcome(() -> codec.read(text))).as(text)
                    .isEqualTo(outcome(() -> JACKSON.readValue(text, IdClaim.class)));
        }
    }

    private static IdClaim claim(Random random) {
        StringBuilder key = new StringBuilder("incoming/");
        int pieces = 1 + random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            key.append(random.nextInt(4) == 0 ? KEY_PIECES[random.nextInt(KEY_PIECES.length)] : "post-" + i);
        }
        long seconds = random.nextInt(5) == 0 ? random.nextLong(-62_000_000_000L, 400_000_000_000L)
                : random.nextLong(0, 4_102_444_800L);
        int nanos = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(1_000) * 1_000_000;
            case 2 -> random.nextInt(1_000_000) * 1_000;
            default -> random.nextInt(1_000_000_000);
        };
        Instant claimedAt = Instant.ofEpochSecond(seconds, nanos);
        if (random.nextInt(4) == 0) {
            return new IdClaim(key.toString(), claimedAt);
        }
        Integer revision = random.nextInt(10) == 0 ? null : random.nextInt(3) == 0 ? random.nextInt() & 0x7fffffff
                : 1 + random.nextInt(20);
        String hash = random.nextInt(10) == 0 ? null : random.nextInt(20) == 0 ? "odd \"hash\""
                : Long.toHexString(random.nextLong()).repeat(4);
        Boolean retracted = random.nextInt(10) == 0 ? null : random.nextBoolean();
        return new IdClaim(random.nextInt(50) == 0 ? null : key.toString(), random.nextInt(50) == 0 ? null : claimedAt,
                revision, hash, retracted);
    }

    private static String outcome(Reading reading) {
        try {
            return String.valueOf(reading.read());
        } catch (JsonProcessingException e) {
            return "failed: " + e.getOriginalMessage();
        }
    }

    /** A reading that may fail. */
    private interface Reading {
        IdClaim read() throws JsonProcessingException;
    }
}
