package dev.newsflow.ingest.post.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdHoldersTest {

    private static final IdClaim FIRST = new IdClaim("incoming/a b.md", Instant.parse("2026-03-01T10:00:00Z"));
    private static final IdClaim SECOND = new IdClaim("incoming/a-b.md", Instant.parse("2026-03-01T10:00:01Z"));
    private static final IdClaim FIRST_AGAIN = new IdClaim("incoming/a b.md", Instant.parse("2026-03-02T09:00:00Z"));

    private final IdHolders holders = new IdHolders();

    @Test
    void theFirstClaimOfAnIdHoldsItAndALaterOneByAnotherKeyChangesNothing() {
        // Given the claims of one id by two keys, in log order
        holders.apply("a-b", FIRST);
        holders.apply("a-b", SECOND);

        // Then the first holds the id
        assertThat(holders.holder("a-b")).contains("incoming/a b.md");
        assertThat(holders.size()).isEqualTo(1);
    }

    @Test
    void anIdWhoseLastRecordNamesALoserIsRepairedOnceWithItsHoldersClaim() {
        // Given a losing claim as the last record of an id
        holders.apply("a-b", FIRST);
        holders.apply("a-b", SECOND);

        // Then the holder's own claim is to be written again, once
        assertThat(holders.takeRepairs()).isEqualTo(Map.of("a-b", FIRST));
        assertThat(holders.takeRepairs()).isEmpty();
    }

    @Test
    void aLosingClaimAlreadyFollowedByTheHoldersClaimNeedsNoRepair() {
        // Given a losing claim, then the holder's claim again (a repair, or the holder's key claiming again)
        holders.apply("a-b", FIRST);
        holders.apply("a-b", SECOND);
        holders.apply("a-b", FIRST_AGAIN);

        // Then nothing is to be repaired, and the first claim still holds the id
        assertThat(holders.takeRepairs()).isEmpty();
        assertThat(holders.all()).isEqualTo(Map.of("a-b", FIRST));
    }

    @Test
    void aTombstoneFreesTheIdForTheNextClaim() {
        // Given an id held, then freed with a tombstone
        holders.apply("a-b", FIRST);
        holders.apply("a-b", SECOND);
        holders.apply("a-b", null);

        // When another key claims it
        holders.apply("a-b", SECOND);

        // Then that key holds it, and nothing is to be repaired
        assertThat(holders.holder("a-b")).contains("incoming/a-b.md");
        assertThat(holders.takeRepairs()).isEmpty();
    }

    @Test
    void clearForgetsEveryClaim() {
        holders.apply("a-b", FIRST);
        holders.apply("a-b", SECOND);

        holders.clear();

        assertThat(holders.holder("a-b")).isEmpty();
        assertThat(holders.takeRepairs()).isEmpty();
    }
}
