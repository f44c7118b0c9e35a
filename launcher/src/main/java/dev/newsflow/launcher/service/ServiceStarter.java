package dev.newsflow.launcher.service;

import dev.newsflow.launcher.process.BackgroundStart;
import dev.newsflow.launcher.process.ClassDataArchive;
import dev.newsflow.launcher.process.Platform;
import dev.newsflow.launcher.process.Ports;
import dev.newsflow.launcher.process.StartWatch;
import dev.newsflow.launcher.process.Workspace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Starts a service as a process of its own and waits until its health endpoint answers UP. */
public final class ServiceStarter {

    private final Workspace workspace;

    public ServiceStarter(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Starts {@code service} unless it runs already; whether this call started it. */
    public boolean start(ServiceSpec service) {
        Optional<ProcessHandle> running = workspace.processes().live(service.name());
        if (running.isPresent()) {
            workspace.console().say(service.name() + ": already running (pid " + running.get().pid() + ", health "
                    + HealthCheck.ask(service.healthUrl(workspace.processes().port(service.name(), service.port())))
                    .text() + ")");
            return false;
        }
        Ports.requireFree(service.port(), service.name(), service.portVariable());
        List<String> command = new ArrayList<>(List.of(Platform.java()));
        command.addAll(workspace.settings().javaOpts(service.name()));
        if (workspace.settings().classData()) {
            command.addAll(new ClassDataArchive(workspace.state().classData()).options(service.name(),
                    service.jar().getParent()));
        }
        command.addAll(List.of("-jar", service.jar().toString()));
        ProcessHandle process = new BackgroundStart(workspace.state(), workspace.processes())
                .start(service.name(), service.port(), command, service.environment());
        workspace.console().print(service.name() + ": starting (pid " + process.pid() + ") ");
        new StartWatch(workspace.processes(), workspace.state(), workspace.console()).await(service.name(),
                service.name(), process, Duration.ofSeconds(workspace.settings().startTimeoutSeconds()),
                Duration.ofSeconds(1), () -> HealthCheck.ask(service.healthUrl(service.port())).up(),
                "was not ready at " + service.healthUrl(service.port()));
        workspace.console().say(" ready at http://localhost:" + service.port());
        return true;
    }
}
