package dev.newsflow.launcher.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What differs between Linux, macOS and Windows for the launcher: null device, Maven wrapper, setsid, command lines.
 */
public final class Platform {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");

    private Platform() {
    }

    public static boolean windows() {
        return WINDOWS;
    }

    public static String nullDevice() {
        return WINDOWS ? "NUL" : "/dev/null";
    }

    /** The java executable of this JVM, which every process the launcher starts runs on. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", WINDOWS ? "java.exe" : "java").toString();
    }

    /** The command that runs the Maven wrapper of {@code root}. */
    public static List<String> mavenWrapper(Path root) {
        return WINDOWS ? List.of("cmd", "/c", root.resolve("mvnw.cmd").toString())
                : List.of(root.resolve("mvnw").toString());
    }

    /** {@code setsid}, where the system has it (Linux), to start a process in a session of its own. */
    public static Optional<String> setsid() {
        if (WINDOWS) {
            return Optional.empty();
        }
        return Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "setsid")).filter(Files::isExecutable).map(Path::toString).findFirst();
    }

    /**
     * The arguments of {@code process} (its command line without the program), if the system tells them: Linux and
     * macOS do for the user's own processes; where they are not known (Windows), the PID file is trusted as is.
     */
    public static Optional<List<String>> arguments(ProcessHandle process) {
        ProcessHandle.Info info = process.info();
        if (info.arguments().isPresent()) {
            return info.arguments().map(Arrays::asList);
        }
        return info.commandLine().map(line -> Arrays.asList(line.split(" ")));
    }
}
