package dev.newsflow.launcher.command;

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.kafka.KafkaServer;
import dev.newsflow.launcher.process.LogFollower;
import dev.newsflow.launcher.process.LogTail;
import dev.newsflow.launcher.process.Workspace;
import dev.newsflow.launcher.service.Services;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code logs [-f] [-n N] [NAME...]}: the last lines of the components' logs, followed with -f. */
final class LogsCommand {

    private final Workspace context;

    LogsCommand(Workspace context) {
        this.context = context;
    }

    int run(List<String> args) {
        boolean follow = false;
        int lines = 50;
        List<String> names = new ArrayList<>();
        Arguments arguments = new Arguments(args);
        while (arguments.hasNext()) {
            String arg = arguments.next();
            if (Arguments.isHelp(arg)) {
                context.console().say(Usage.of("logs", context.settings()));
                return 0;
            } else if (arg.equals("-f") || arg.equals("--follow")) {
                follow = true;
            } else if (arg.equals("-n")) {
                lines = Arguments.number("-n", arguments.valueOf("-n", "a number"));
            } else if (arg.startsWith("-")) {
                throw new LauncherException("logs: unknown option '" + arg + "'");
            } else {
                names.add(arg);
            }
        }
        if (names.isEmpty()) {
            names.add(KafkaServer.NAME);
            names.addAll(Services.names(Services.of(context.settings())));
            names.removeIf(name -> !Files.isRegularFile(context.state().log(name)));
            if (names.isEmpty()) {
                throw new LauncherException("no logs in " + context.state().logs() + " yet (run '" + PROG
                        + " up' first)");
            }
        }
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            Path file = context.state().log(name);
            if (!Files.isRegularFile(file)) {
                throw new LauncherException("no log '" + name + "' in " + context.state().logs() + " (there are: "
                        + available() + ")");
            }
            files.add(file);
        }
        show(files, lines);
        if (follow) {
            new LogFollower(files, context.console().out()).run();
        }
        return 0;
    }

    private void show(List<Path> files, int lines) {
        PrintStream out = context.console().out();
        for (int i = 0; i < files.size(); i++) {
            if (files.size() > 1) {
                out.println((i > 0 ? "\n" : "") + "==> " + files.get(i) + " <==");
            }
            LogTail.lastLines(files.get(i), lines).forEach(out::println);
        }
        out.flush();
    }

    private String available() {
        try (Stream<Path> logs = Files.list(context.state().logs())) {
            return logs.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".log")).sorted()
                    .map(name -> name.substring(0, name.length() - 4)).collect(Collectors.joining(" "));
        } catch (IOException e) {
            return "none";
        }
    }
}
