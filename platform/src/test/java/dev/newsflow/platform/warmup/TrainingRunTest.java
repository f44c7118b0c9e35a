package dev.newsflow.platform.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.reactive.messaging.PausableChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The training run of start-up: its rounds come before the held-back channels take records, and it can be off. */
class TrainingRunTest {

    @Test
    void everyRoundRunsWhileTheChannelsAreHeldBackAndTheyAreResumedAfterTheLast() {
        // Given a channel held back and a task that notes whether it was still paused in each round
        Channel channel = new Channel();
        List<Boolean> pausedInRound = new ArrayList<>();
        TrainingRun run = new TrainingRun(config(true, 25, Duration.ofMinutes(5)),
                List.of(round -> pausedInRound.add(channel.isPaused())), List.of(channel));

        // When it runs
        WarmUpResult result = run.run(System.nanoTime());

        // Then all 25 rounds ran while the channel was paused, and it was resumed once, after them
        assertThat(pausedInRound).hasSize(25).containsOnly(true);
        assertThat(channel.resumed).isEqualTo(1);
        assertThat(result.rounds()).isEqualTo(25);
        assertThat(result.outcome()).isEqualTo("done");
    }

    @Test
    void whenOffNoRoundRunsAndTheChannelsAreResumedAtOnce() {
        // Given the training run switched off
        Channel channel = new Channel();
        List<Integer> rounds = new ArrayList<>();
        TrainingRun run = new TrainingRun(config(false, 25, Duration.ofMinutes(5)), List.of(rounds::add),
                List.of(channel));

        // When it runs, Then no round ran and the channel takes records
        WarmUpResult result = run.run(System.nanoTime());
        assertThat(rounds).isEmpty();
        assertThat(channel.isPaused()).isFalse();
        assertThat(result.outcome()).isEqualTo("off");
    }

    @Test
    void itStopsAtItsTimeLimitBeforeTheRoundsAreUsedUp() {
        // Given a time limit that is over before the first round
        Channel channel = new Channel();
        List<Integer> rounds = new ArrayList<>();
        TrainingRun run = new TrainingRun(config(true, 1_000_000, Duration.ZERO), List.of(rounds::add),
                List.of(channel));

        // When it runs, Then it stops there, says why, and the channel is resumed
        WarmUpResult result = run.run(System.nanoTime());
        assertThat(rounds).isEmpty();
        assertThat(result.outcome()).isEqualTo("stopped at its time limit of 0 ms");
        assertThat(channel.isPaused()).isFalse();
    }

    @Test
    void aFailingRoundEndsTheRunButTheChannelsAreResumed() {
        // Given a task that fails in its fourth round
        Channel channel = new Channel();
        TrainingRun run = new TrainingRun(config(true, 100, Duration.ofMinutes(5)), List.of(round -> {
            if (round == 3) {
                throw new IllegalStateException("sample 3 is not valid");
            }
        }), List.of(channel));

        // When it runs, Then three rounds count, the failure is named and the channel takes records
        WarmUpResult result = run.run(System.nanoTime());
        assertThat(result.rounds()).isEqualTo(3);
        assertThat(result.outcome()).isEqualTo("failed: sample 3 is not valid");
        assertThat(channel.isPaused()).isFalse();
    }

    private static WarmUpConfig config(boolean enabled, int rounds, Duration duration) {
        return new WarmUpConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public int rounds() {
                return rounds;
            }

            @Override
            public Duration duration() {
                return duration;
            }

            @Override
            public Optional<List<String>> channels() {
                return Optional.of(List.of("articles-ingested"));
            }
        };
    }

    /** A channel that starts paused, as the held-back ones do, and counts its resumptions. */
    private static final class Channel implements PausableChannel {

        private boolean paused = true;
        private int resumed;

        @Override
        public boolean isPaused() {
            return paused;
        }

        @Override
        public void pause() {
            paused = true;
        }

        @Override
        public void resume() {
            paused = false;
            resumed++;
        }
    }
}
