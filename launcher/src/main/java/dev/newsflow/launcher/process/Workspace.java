package dev.newsflow.launcher.command;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.Settings;
import dev.newsflow.launcher.build.MavenBuild;
import dev.newsflow.launcher.kafka.KafkaServer;
import dev.newsflow.launcher.postgres.EmbeddedPostgres;
import dev.newsflow.launcher.process.Processes;
import dev.newsflow.launcher.process.StateFolder;

/** What every command works with: the settings, the state folder, its processes and the console. */
public record Context(Settings settings, StateFolder state, Processes processes, Console console) {

    public static Context of(Settings settings, Console console) {
        StateFolder state = new StateFolder(settings.home(), settings.bucket());
        return new Context(settings, state, new Processes(state, console), console);
    }

    public MavenBuild maven() {
        return new MavenBuild(settings.root());
    }

    public KafkaServer kafka() {
        return new KafkaServer(settings, state, processes, console);
    }

    public EmbeddedPostgres embeddedPostgres() {
        return new EmbeddedPostgres(settings, state, processes, console);
    }
}
