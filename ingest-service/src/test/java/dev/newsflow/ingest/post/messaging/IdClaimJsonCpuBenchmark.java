package dev.newsflow.ingest.post.messaging;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.newsflow.ingest.post.domain.IdClaim;
import dev.newsflow.ingest.support.CpuRounds;
import java.time.Instant;

/**
 * CPU time to write an id claim with its revision and read it back, the hand-written JSON against Jackson's, in
 * alternating rounds in one JVM. Run with {@code ./mvnw -q -pl ingest-service test-compile exec:exec
 * -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath dev.newsflow.ingest.post.messaging.IdClaimJsonCpuBenchmark"}.
 */
public final class IdClaimJsonCpuBenchmark {

    private static final int CLAIMS = Integer.getInteger("bench.claims", 100_000);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 8);

    private IdClaimJsonCpuBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper jackson = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        IdClaimJson codec = new IdClaimJson(jackson);
        IdClaim claim = new IdClaim("incoming/2026/asia-close-0304.md", Instant.parse("2026-03-04T08:15:30.123456Z"),
                1, "bc6582dbbd0c48b3c564fc59c6a186b74ae455fb319a20cfad2ee3c20c25bfe0", null);
        CpuRounds.compare("claim write+read", "by hand", times -> {
            for (int i = 0; i < times; i++) {
                check(codec.read(codec.write(claim)));
            }
        }, "jackson", times -> {
            for (int i = 0; i < times; i++) {
                check(jackson.readValue(jackson.writeValueAsString(claim), IdClaim.class));
            }
        }, CLAIMS, ROUNDS);
    }

    private static void check(IdClaim read) {
        if (read.revision() == null) {
            throw new IllegalStateException("no revision read");
        }
    }
}
