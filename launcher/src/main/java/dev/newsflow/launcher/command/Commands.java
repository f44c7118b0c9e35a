package dev.newsflow.launcher.command;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.process.Workspace;
import java.util.List;

/**
 * Runs one command line: {@code COMMAND [OPTIONS]}, or the overview for none, {@code -h}, {@code --help} or {@code
 * help}.
 */
public final class Commands {

    private final Workspace context;

    public Commands(Workspace context) {
        this.context = context;
    }

    /** Runs {@code args}; returns the exit code (a failure is thrown as a {@link LauncherException}). */
    public int run(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        return switch (command) {
            case "up" -> new UpCommand(context).run(rest);
            case "down", "stop" -> new DownCommand(context).run(rest);
            case "status" -> new StatusCommand(context).run(rest);
            case "logs" -> new LogsCommand(context).run(rest);
            case "drop" -> new DropCommand(context).run(rest);
            case "retry" -> new RetryCommand(context).run(rest);
            case "consume" -> new ConsumeCommand(context).run(rest);
            case "bench" -> new BenchCommand(context).run(rest);
            case "clean" -> new CleanCommand(context).run(rest);
            case "help" -> rest.isEmpty() ? overview() : run(List.of(rest.get(0), "--help"));
            case "", "-h", "--help" -> overview();
            default -> {
                context.console().err().println(Usage.overview(context.settings()));
                throw new LauncherException("unknown command '" + command + "'");
            }
        };
    }

    private int overview() {
        context.console().say(Usage.overview(context.settings()));
        return 0;
    }
}
