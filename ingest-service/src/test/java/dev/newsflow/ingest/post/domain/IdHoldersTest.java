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
    void aRecordOfTheHoldersKeyWithAHigherRevisionUpdatesTheArticlesState() {
        // Given the bare claim of an id, then the holder's revisions 1 and 2
        holders.apply("a-b", FIRST);
        holders.apply("a-b", FIRST.withContent(1, "h1"));
        holders.apply("a-b", FIRST.withContent(2, "h2"));

        // Then the id holds revision 2 with its hash, claimed when first claimed, and nothing is to be repaired
        assertThat(holders.claim("a-b")).contains(new IdClaim("incoming/a b.md", FIRST.claimedAt(), 2, "h2", false));
        assertThat(holders.takeRepairs()).isEmpty();
    }

    @Test
    void aRetractionOfTheSameRevisionIsTakenAndTheNextContentAfterItIsAhead() {
        // Given revision 2, then its retraction
        holders.apply("a-b", FIRST.withContent(2, "h2"));
        holders.apply("a-b", FIRST.withContent(2, "h2").withRetraction());

        // Then the id's state is retracted, and the same content comes back as revision 3
        IdClaim held = holders.claim("a-b").orElseThrow();
        assertThat(held.withdrawn()).isTrue();
        assertThat(held.nextRevision("h2")).isEqualTo(3);
        assertThat(holders.takeRepairs()).isEmpty();
    }

    @Test
    void anOutdatedLastRecordOfTheHoldersKeyChangesNothingAndIsRepairedWithTheCurrentState() {
        // Given revision 3, then a bare claim of the same key (a replica that had not read it yet) and a revision 2
        holders.apply("a-b", FIRST.withContent(3, "h3"));
        holders.apply("a-b", FIRST_AGAIN);
        holders.apply("a-b", FIRST.withContent(2, "h2"));

        // Then revision 3 still holds, and is to be written again so that compaction keeps it
        assertThat(holders.claim("a-b")).contains(FIRST.withContent(3, "h3"));
        assertThat(holders.takeRepairs()).isEqualTo(Map.of("a-b", FIRST.withContent(3, "h3")));
    }

    @Test
    void aLosingClaimAfterARevisionIsRepairedWithTheRevision() {
        // Given revision 1 of the holder, then a losing claim by another key
        holders.apply("a-b", FIRST);
        holders.apply("a-b", FIRST.withContent(1, "h1"));
        holders.apply("a-b", SECOND);

        // Then the holder keeps the id and its revision, which is to be written again
        assertThat(holders.holder("a-b")).contains("incoming/a b.md");
        assertThat(holders.takeRepairs()).isEqualTo(Map.of("a-b", FIRST.withContent(1, "h1")));
    }

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
