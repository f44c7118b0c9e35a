package dev.newsflow.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which class-data archive a run of a program writes or maps, build by build. */
class ClassDataArchiveTest {

    @TempDir
    Path dir;

    @Test
    void theFirstRunOfABuildWritesItsArchiveAndLaterRunsMapIt() throws Exception {
        // Given a program's build and no archive yet
        Path build = build("app.jar", "v1");
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("class-data"));

        // When it is run the first time, Then the JVM is told to write the archive at exit
        List<String> first = archives.options("query-service", build);
        assertThat(first).hasSize(2).last().asString().startsWith("-XX:ArchiveClassesAtExit=" + dir.resolve(
                "class-data").resolve("query-service-")).endsWith(".jsa");

        // When the JVM wrote it and the program runs again, Then that archive is mapped
        Path archive = written(first);
        assertThat(archives.options("query-service", build)).containsExactly(first.get(0),
                "-XX:SharedArchiveFile=" + archive);
    }

    @Test
    void aRebuiltProgramWritesANewArchiveAndTheOldOneGoes() throws Exception {
        // Given a build whose archive exists, and another program's archive beside it
        Path build = build("app.jar", "v1");
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("class-data"));
        Path old = written(archives.options("query-service", build));
        Path other = written(archives.options("enrich-service", build("other.jar", "v1")));

        // When the program is rebuilt (a jar changed)
        Files.writeString(build.resolve("app.jar"), "v2, longer");
        Files.setLastModifiedTime(build.resolve("app.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        List<String> next = archives.options("query-service", build);

        // Then its next run writes a new archive, the old one is gone, and the other program's is kept
        assertThat(next).last().asString().startsWith("-XX:ArchiveClassesAtExit=")
                .doesNotContain(old.getFileName().toString());
        assertThat(old).doesNotExist();
        assertThat(other).exists();
    }

    @Test
    void anEmptyArchiveLeftByAKilledRunIsWrittenAgain() throws Exception {
        // Given an archive file a run killed while writing left empty
        Path build = build("app.jar", "v1");
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("class-data"));
        List<String> first = archives.options("ingest-service", build);
        Files.createFile(archive(first));

        // When the program runs again, Then it writes the archive again instead of mapping an empty file
        assertThat(archives.options("ingest-service", build)).isEqualTo(first);
    }

    private Path build(String jar, String content) throws Exception {
        Path build = Files.createDirectories(dir.resolve("build-" + jar));
        Files.writeString(build.resolve(jar), content);
        return build;
    }

    private static Path written(List<String> options) throws Exception {
        return Files.writeString(archive(options), "archive");
    }

    private static Path archive(List<String> options) {
        String option = options.get(options.size() - 1);
        return Path.of(option.substring(option.indexOf('=') + 1));
    }

    @Test
    void aJvmThatWritesAnArchiveAtExitIsKnownByItsArgumentsAndItsPartialArchiveCanGo() throws Exception {
        // Given the arguments of a first run, which writes its archive at exit, and of a later one, which maps it
        Path build = build("app.jar", "v1");
        ClassDataArchive archives = new ClassDataArchive(dir.resolve("class-data"));
        List<String> writing = archives.options("enrich-service", build);
        Path archive = written(writing);
        List<String> mapping = archives.options("enrich-service", build);

        // Then only the first is known to write one, and it names the archive
        assertThat(ClassDataArchive.writtenAtExit(List.of("-Xmx256m", writing.get(0), writing.get(1), "-jar", "a")))
                .contains(archive);
        assertThat(ClassDataArchive.writtenAtExit(mapping)).isEmpty();

        // When a killed run's partial archive is discarded, Then the next run writes it again
        ClassDataArchive.discard(archive);
        assertThat(archive).doesNotExist();
        assertThat(archives.options("enrich-service", build)).isEqualTo(writing);
    }
}
