package dev.newsflow.ingest.post.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdClaimTest {

    private static final IdClaim BARE = new IdClaim("incoming/gold.md", Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void theFirstContentOfAnIdIsRevision1() {
        assertThat(BARE.nextRevision("h1")).isEqualTo(1);
    }

    @Test
    void identicalContentKeepsItsRevision() {
        assertThat(BARE.withContent(4, "h4").nextRevision("h4")).isEqualTo(4);
    }

    @Test
    void changedContentIsTheNextRevision() {
        assertThat(BARE.withContent(4, "h4").nextRevision("h5")).isEqualTo(5);
    }

    @Test
    void anyContentAfterARetractionIsTheNextRevisionEvenTheSame() {
        IdClaim retracted = BARE.withContent(4, "h4").withRetraction();
        assertThat(retracted.nextRevision("h4")).isEqualTo(5);
        assertThat(retracted.nextRevision("other")).isEqualTo(5);
    }

    @Test
    void aRetractionWithdrawsTheCurrentRevisionOr1WhenNoneWasRecorded() {
        assertThat(BARE.withContent(4, "h4").withRetraction())
                .isEqualTo(new IdClaim("incoming/gold.md", BARE.claimedAt(), 4, "h4", true));
        assertThat(BARE.withRetraction().currentRevision()).isEqualTo(1);
        assertThat(BARE.withRetraction().nextRevision("h1")).isEqualTo(2);
    }

    @Test
    void aRecordSupersedesTheHeldStateOnlyWithARevisionAtLeastAsHigh() {
        IdClaim three = BARE.withContent(3, "h3");
        assertThat(three.supersedes(BARE)).isTrue();
        assertThat(three.withRetraction().supersedes(three)).isTrue();
        assertThat(BARE.withContent(2, "h2").supersedes(three)).isFalse();
        assertThat(BARE.supersedes(three)).isFalse();
    }
}
