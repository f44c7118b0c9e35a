package dev.newsflow.launcher.service;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.Settings;
import dev.newsflow.launcher.process.BackgroundStart;
import dev.newsflow.launcher.process.Platform;
import dev.newsflow.launcher.process.Ports;
import dev.newsflow.launcher.process.Processes;
import dev.newsflow.launcher.process.StartWatch;
import dev.newsflow.launcher.process.StateFolder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts a service as a process of its own and waits until its health endpoint answers UP. */
public final class ServiceStarter {

    private final Settings settings;
    private final StateFolder state;
    private final Processes processes;
    private final Console console;

    public ServiceStarter(Settings settings, StateFolder state, Processes processes, Console console) {
        this.settings = settings;
        this.state = state;
        this.processes = processes;
        this.console = console;
    }

    /** Starts {@code service} unless it runs already; whether this call started it. */
    public boolean start(ServiceSpec service) {
        Optional<ProcessHandle> running = processes.live(service.name());
        if (running.isPresent()) {
            console.say(service.name() + ": already running (pid " + running.get().pid() + ", health "
                    + HealthCheck.ask(service.healthUrl(processes.port(service.name(), service.port()))).text() + ")");
            return false;
        }
        Ports.requireFree(service.port(), service.name(), service.portVariable());
        List<String> command = new ArrayList<>(List.of(Platform.java()));
        command.addAll(settings.javaOpts());
        command.addAll(List.of("-jar", service.jar().toString()));
        ProcessHandle process = new BackgroundStart(state, processes)
                .start(service.name(), service.port(), command, service.environment());
        console.print(service.name() + ": starting (pid " + process.pid() + ") ");
        new StartWatch(processes, state, console).await(service.name(), service.name(), process,
                Duration.ofSeconds(settings.startTimeoutSeconds()), Duration.ofSeconds(1),
                () -> HealthCheck.ask(service.healthUrl(service.port())).up(),
                "was not ready at " + service.healthUrl(service.port()));
        console.say(" ready at http://localhost:" + service.port());
        return true;
    }
}
