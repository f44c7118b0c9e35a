package dev.newsflow.launcher.process;

import dev.newsflow.launcher.LauncherException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The JVM options that give a program a class-data archive of its own build (AppCDS): the first run after a build
 * writes the archive of every class it loaded when it exits, and later runs map it instead of loading those classes
 * again, which starts them faster. An archive belongs to one build of the program and one JVM: a rebuilt program or
 * another Java gets a new one.
 */
public final class ClassDataArchive {

    private static final String SUFFIX = ".jsa";
    private static final String WRITE_AT_EXIT = "-XX:ArchiveClassesAtExit=";
    /** Writing an archive warns of every class it leaves out, thousands of lines in the service's log: not wanted. */
    private static final String QUIET = "-Xlog:cds=off,cds+dynamic=off";

    private final Path folder;

    /** Archives kept in {@code folder}. */
    public ClassDataArchive(Path folder) {
        this.folder = folder;
    }

    /**
     * The options for a run of program {@code name} built into {@code build} (a jar or the folder of its jars): map its
     * archive when this build has one, else write one at exit (and drop the archives of earlier builds).
     */
    public List<String> options(String name, Path build) {
        Path archive = folder.resolve(name + "-" + fingerprint(build) + SUFFIX);
        if (Files.isRegularFile(archive) && size(archive) > 0) {
            return List.of(QUIET, "-XX:SharedArchiveFile=" + archive);
        }
        dropEarlier(name);
        return List.of(QUIET, WRITE_AT_EXIT + archive);
    }

    /**
     * The archive a JVM started with {@code arguments} writes when it exits, if it writes one. Writing it takes seconds
     * (tens on a busy machine) after the program itself stopped, and a JVM killed meanwhile leaves a partial file.
     */
    public static Optional<Path> writtenAtExit(List<String> arguments) {
        return arguments.stream().filter(argument -> argument.startsWith(WRITE_AT_EXIT))
                .map(argument -> Path.of(argument.substring(WRITE_AT_EXIT.length()))).findFirst();
    }

    /** Deletes {@code archive}, which a killed JVM may have left half written, so the next run writes it again. */
    public static void discard(Path archive) {
        try {
            Files.deleteIfExists(archive);
        } catch (IOException e) {
            throw new LauncherException("cannot delete the partial class-data archive " + archive + ": "
                    + e.getMessage(), e);
        }
    }

    /** A digest of the Java running and of every file of {@code build}: path, size and last change. */
    static String fingerprint(Path build) {
        try (Stream<Path> files = Files.walk(build)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Platform.java().getBytes(StandardCharsets.UTF_8));
            digest.update(Runtime.version().toString().getBytes(StandardCharsets.UTF_8));
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(SUFFIX))
                    .sorted().toList()) {
                digest.update((file + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis())
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (IOException e) {
            throw new LauncherException("cannot read the build " + build + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private void dropEarlier(String name) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new LauncherException("cannot create " + folder + ": " + e.getMessage(), e);
        }
        try (Stream<Path> archives = Files.list(folder)) {
            for (Path old : archives.filter(f -> f.getFileName().toString().startsWith(name + "-")
                    && f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            throw new LauncherException("cannot tidy the class-data archives in " + folder + ": " + e.getMessage(), e);
        }
    }
}
