package dev.newsflow.launcher.command;

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.build.MavenBuild;
import dev.newsflow.launcher.process.Platform;
import dev.newsflow.launcher.process.Workspace;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code bench [N] [--rate R] [--timeout S]}: runs the drop-to-queryable benchmark driver against the running stack,
 * handing it the stack's processes so it reports what each one cost.
 */
final class BenchCommand {

    private static final List<String> BUILD = List.of("-q", "-B", "package", "-DskipTests", "-pl", "e2e-tests", "-am");
    private static final String DRIVER = "dev.newsflow.e2e.bench.PipelineBenchmark";

    private final Workspace context;

    BenchCommand(Workspace context) {
        this.context = context;
    }

    int run(List<String> args) {
        int posts = 20_000;
        int rate = 0;
        int timeout = 900;
        Arguments arguments = new Arguments(args);
        while (arguments.hasNext()) {
            String arg = arguments.next();
            if (Arguments.isHelp(arg)) {
                context.console().say(Usage.of("bench", context.settings()));
                return 0;
            } else if (arg.equals("--rate")) {
                rate = Arguments.number("--rate", arguments.valueOf("--rate", "a number"));
            } else if (arg.equals("--timeout")) {
                timeout = Arguments.number("--timeout", arguments.valueOf("--timeout", "a number of seconds"));
            } else if (arg.startsWith("-")) {
                throw new LauncherException("bench: unknown option '" + arg + "' (see '" + PROG + " bench --help')");
            } else {
                posts = Arguments.number("N", arg);
            }
        }
        for (String service : List.of("ingest-service", "enrich-service", "query-service")) {
            if (context.processes().live(service).isEmpty()) {
                throw new LauncherException("bench: " + service + " is not running; run '" + PROG + " up' first");
            }
        }
        Path jar = driver().orElseGet(this::build);
        Path lib = jar.resolveSibling("lib");
        int port = context.processes().port("query-service", context.settings().queryPort());
        List<String> command = new ArrayList<>(List.of(Platform.java(), "-cp",
                jar + File.pathSeparator + lib.resolve("*"), DRIVER, "--bucket", context.state().bucket().toString(),
                "--api", "http://localhost:" + port, "--posts", String.valueOf(posts), "--rate", String.valueOf(rate),
                "--timeout", String.valueOf(timeout)));
        for (String name : context.processes().pidFileNames()) {
            context.processes().live(name).ifPresent(process -> command.addAll(List.of("--process",
                    name + "=" + process.pid())));
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new LauncherException("bench: the benchmark driver failed (exit " + exit + "; see above)");
            }
            return 0;
        } catch (IOException e) {
            throw new LauncherException("bench: cannot start the benchmark driver: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("interrupted", e);
        }
    }

    /** The driver's jar (e2e-tests/target/newsflow-e2e-tests-*.jar with target/lib beside it), if it is built. */
    private Optional<Path> driver() {
        Path target = context.settings().root().resolve("e2e-tests/target");
        if (!Files.isDirectory(target.resolve("lib"))) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> file.getFileName().toString().matches("newsflow-e2e-tests-.*\\.jar"))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path build() {
        String command = "./mvnw " + String.join(" ", BUILD);
        context.console().say("build: " + command + " (the benchmark driver)");
        if (!new MavenBuild(context.settings().root()).run(BUILD)) {
            throw new LauncherException("building the benchmark driver failed (see above); run '" + command + "' at "
                    + context.settings().root() + " to see why");
        }
        return driver().orElseThrow(() -> new LauncherException("the build did not produce the benchmark driver in "
                + context.settings().root().resolve("e2e-tests/target") + "; run '" + command + "' at "
                + context.settings().root()));
    }
}
