package dev.newsflow.ingest.bucket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsflow.contracts.Topics;
import dev.newsflow.ingest.bucket.folder.FolderLock;
import dev.newsflow.ingest.support.Ports;
import dev.newsflow.ingest.support.Posts;
import dev.newsflow.ingest.support.PublishedKeys;
import dev.newsflow.ingest.support.ReplicaProcess;
import dev.newsflow.testsupport.kafka.KafkaBroker;
import dev.newsflow.testsupport.kafka.TopicReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingest-service processes (the packaged jar) pointed at one bucket folder: the second refuses to start, naming
 * the first; one that died holding the folder is taken over by the next.
 */
class FolderTwoProcessesIT {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final int FILES = 500;

    @TempDir
    Path folder;

    @Test
    void aSecondProcessOnTheFolderRefusesToStartAndTheFirstTakesEveryFileOnce() throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED);
                ReplicaProcess first = ReplicaProcess.onFolder("folder-first", Ports.free(), folder, bootstrap)) {
            // Given one process on the folder
            first.awaitReady();

            // When a second one is started on the same folder
            ReplicaProcess second = ReplicaProcess.onFolder("folder-second", Ports.free(), folder, bootstrap);

            // Then it exits with an error that names the first one
            assertThat(second.awaitExit(WAIT)).isNotZero();
            assertThat(second.output()).contains("The bucket folder " + folder + " is taken by another ingest-service "
                    + "(pid " + first.pid() + " on host ").contains("only one ingest process may take a folder bucket");

            // And the first takes 500 files dropped afterwards, each once
            for (int i = 0; i < FILES; i++) {
                Posts.drop(folder.resolve("incoming"), "two/post-" + i + ".md", Posts.valid("Two processes " + i));
            }
            ingested.await(FILES, r -> r.key().startsWith("two-post-"), WAIT);
            Map<String, Long> published = PublishedKeys.counts(ingested.drain(Duration.ofSeconds(3)), "two-post-");
            assertThat(published).hasSize(FILES);
            assertThat(PublishedKeys.duplicates(published)).isZero();
            await().atMost(WAIT).until(() -> Files.list(folder.resolve("processed/two")).count() == FILES);
        }
    }

    @Test
    void aProcessKilledHoldingTheFolderIsTakenOverByTheNextOne() throws Exception {
        String bootstrap = KafkaBroker.bootstrapServers();
        try (TopicReader ingested = TopicReader.fromNow(Topics.ARTICLES_INGESTED)) {
            // Given a process on the folder killed with SIGKILL, its lock file left behind
            ReplicaProcess dead = ReplicaProcess.onFolder("folder-dead", Ports.free(), folder, bootstrap);
            dead.awaitReady();
            dead.crash();
            assertThat(Files.readString(folder.resolve(FolderLock.FILE_NAME)))
                    .startsWith("pid " + dead.pid() + " on host ");

            // When another process is started on the folder
            try (ReplicaProcess next = ReplicaProcess.onFolder("folder-next", Ports.free(), folder, bootstrap)) {
                // Then it starts, saying whose lock it took over, and takes the files
                next.awaitReady();
                assertThat(next.output())
                        .contains("Took over the lock of " + folder + " left by a process that is gone "
                                + "(pid " + dead.pid() + " on host ");
                Posts.drop(folder.resolve("incoming"), "taken-over.md", Posts.valid("Taken over"));
                ingested.await(1, r -> r.key().equals("taken-over"), WAIT);
            }
        }
    }
}
