package dev.newsflow.launcher.command;

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.build.MavenBuild;
import dev.newsflow.launcher.process.Workspace;
import dev.newsflow.launcher.service.ServiceSpec;
import java.nio.file.Files;
import java.util.List;

/** Builds the services with Maven when a jar is missing (or when asked to), and checks the build made every jar. */
final class ServiceBuild {

    private static final List<String> PACKAGE = List.of("-q", "-B", "package", "-DskipTests");

    private final Workspace context;

    ServiceBuild(Workspace context) {
        this.context = context;
    }

    void buildIfNeeded(List<ServiceSpec> services, boolean force) {
        List<String> missing = services.stream().filter(service -> !Files.isRegularFile(service.jar()))
                .map(ServiceSpec::name).toList();
        if (!force && missing.isEmpty()) {
            return;
        }
        if (force) {
            services.stream().filter(service -> context.processes().live(service.name()).isPresent())
                    .forEach(service -> context.console().warn(service.name()
                            + " is running; it keeps running the old build until '" + PROG + " down' and 'up'"));
            context.console().say("build: ./mvnw -q -B package -DskipTests (--build)");
        } else {
            context.console()
                    .say("build: ./mvnw -q -B package -DskipTests (missing: " + String.join(" ", missing) + ")");
        }
        if (!new MavenBuild(context.settings().root()).run(PACKAGE)) {
            throw new LauncherException("the build failed (see above); './mvnw package -DskipTests' at "
                    + context.settings().root() + " shows the whole log");
        }
        for (ServiceSpec service : services) {
            if (!Files.isRegularFile(service.jar())) {
                throw new LauncherException("the build did not produce " + service.jar());
            }
        }
    }
}
