package dev.newsflow.launcher.build;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.process.LogTail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of runtime jars that a Maven descriptor names (deploy/local/kafka/pom.xml, ...), resolved once per version
 * of the descriptor: a stamp file holds the descriptor's SHA-256.
 */
public record JarFolder(String name, Path pom, Path folder) {

    /** Resolves the jars unless the folder already holds those of this version of the descriptor. */
    public void ensure(MavenBuild maven, Path logs, Console console) {
        String want = sha256(pom);
        Path stamp = folder.resolve(".resolved");
        try {
            if (Files.isRegularFile(stamp) && Files.readString(stamp).trim().equals(want)) {
                return;
            }
            console.say(name + ": resolving its jars from Maven Central (once; cached in " + folder + ")");
            Path part = folder.resolveSibling(folder.getFileName() + ".part");
            delete(part);
            Path log = logs.resolve(name + "-resolve.log");
            if (!maven.run(List.of("-q", "-B", "-f", pom.toString(), "dependency:copy-dependencies",
                    "-DoutputDirectory=" + part), log)) {
                LogTail.show(log, console.err());
                throw new LauncherException("could not resolve " + name + "'s jars with " + pom
                        + " (is Maven Central reachable?)");
            }
            delete(folder);
            Files.move(part, folder);
            Files.writeString(stamp, want + "\n");
        } catch (IOException e) {
            throw new LauncherException("cannot prepare " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new LauncherException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a file or a folder with everything in it, if it exists. */
    public static void delete(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
