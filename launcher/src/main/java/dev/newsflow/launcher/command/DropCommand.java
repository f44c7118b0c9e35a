package dev.newsflow.launcher.command;

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.bucket.PostDropper;
import dev.newsflow.launcher.process.Workspace;
import dev.newsflow.launcher.service.Services;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code drop FILE...}: drops posts into the bucket's incoming/ (written, then renamed). */
final class DropCommand {

    private final Workspace context;

    DropCommand(Workspace context) {
        this.context = context;
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            throw new LauncherException("drop: which file(s)? (see '" + PROG + " drop --help')");
        }
        if (Arguments.isHelp(args.get(0))) {
            context.console().say(Usage.of("drop", context.settings()));
            return 0;
        }
        for (String file : args) {
            if (!Files.isRegularFile(Path.of(file)) || !Files.isReadable(Path.of(file))) {
                throw new LauncherException("drop: '" + file + "' is not a readable file");
            }
        }
        context.state().prepare();
        PostDropper dropper = new PostDropper(context.console());
        for (String file : args) {
            Path target = dropper.drop(Path.of(file), context.state().incoming());
            context.console().say("dropped " + file + " -> " + target);
        }
        boolean hasIngest = Services.names(Services.of(context.settings())).contains("ingest-service");
        if (hasIngest && context.processes().live("ingest-service").isEmpty()) {
            context.console()
                    .say("(ingest-service is not running: the post waits in incoming/ and is taken at the next '"
                            + PROG + " up')");
        }
        return 0;
    }
}
