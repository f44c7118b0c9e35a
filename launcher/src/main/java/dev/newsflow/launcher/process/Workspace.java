package dev.newsflow.launcher.process;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.Settings;

/** What every command works with: the settings, the state folder, its processes and the console. */
public record Workspace(Settings settings, StateFolder state, Processes processes, Console console) {

    public static Workspace of(Settings settings, Console console) {
        StateFolder state = new StateFolder(settings.home(), settings.bucket());
        return new Workspace(settings, state, new Processes(state, console), console);
    }
}
