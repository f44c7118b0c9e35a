package dev.newsflow.launcher.process;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one folder that holds all state of a local stack: logs, PID files, Kafka's jars and data, the bucket. */
public record StateFolder(Path home, Path bucket) {

    /** The file that marks a folder as made by the launcher, so {@code clean} never deletes anything else. */
    public static final String MARKER = ".newsflow-home";

    public Path logs() {
        return home.resolve("logs");
    }

    public Path run() {
        return home.resolve("run");
    }

    public Path kafka() {
        return home.resolve("kafka");
    }

    public Path postgres() {
        return home.resolve("postgres");
    }

    /** Where the class-data archives of the JVMs the stack starts are kept ({@link ClassDataArchive}). */
    public Path classData() {
        return home.resolve("class-data");
    }

    public Path log(String name) {
        return logs().resolve(name + ".log");
    }

    public Path incoming() {
        return bucket.resolve("incoming");
    }

    /** Creates the folders the stack writes into, and the marker file. */
    public void prepare() {
        try {
            Path[] folders = {logs(), run(), classData(), kafka().resolve("config"), kafka().resolve("data"),
                incoming(), bucket.resolve("processed"), bucket.resolve("rejected")};
            for (Path folder : folders) {
                Files.createDirectories(folder);
            }
            Path marker = home.resolve(MARKER);
            if (!Files.exists(marker)) {
                Files.writeString(marker, "State folder of " + Console.PROG + "; \"" + Console.PROG
                        + " clean\" removes it.\n");
            }
        } catch (IOException e) {
            throw new LauncherException("cannot create the state folder " + home + ": " + e.getMessage(), e);
        }
    }
}
