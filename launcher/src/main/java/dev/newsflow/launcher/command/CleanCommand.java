package dev.newsflow.launcher.command;

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.build.JarFolder;
import dev.newsflow.launcher.process.StateFolder;
import dev.newsflow.launcher.process.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** {@code clean}: {@code down}, then deletes the state folder, but only one the launcher made. */
final class CleanCommand {

    private final Workspace context;

    CleanCommand(Workspace context) {
        this.context = context;
    }

    int run(List<String> args) {
        if (Arguments.helpOrNothing("clean", args)) {
            context.console().say(Usage.of("clean", context.settings()));
            return 0;
        }
        Path home = context.state().home();
        if (!Files.isDirectory(home)) {
            context.console().say("nothing to clean (" + home + " does not exist)");
            return 0;
        }
        if (!Files.exists(home.resolve(StateFolder.MARKER)) && !isEmpty(home)) {
            throw new LauncherException(home + " was not created by " + PROG + " (no " + StateFolder.MARKER
                    + " in it); not removing it");
        }
        new DownCommand(context).run(List.of());
        try {
            JarFolder.delete(home);
        } catch (IOException e) {
            throw new LauncherException("cannot remove " + home + ": " + e.getMessage(), e);
        }
        context.console().say("removed " + home);
        if (!context.state().bucket().startsWith(home)) {
            context.console().say("(the bucket " + context.state().bucket() + " is outside it and was kept)");
        }
        return 0;
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
