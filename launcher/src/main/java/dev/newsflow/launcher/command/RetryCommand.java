package dev.newsflow.launcher.command;

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.process.Workspace;
import dev.newsflow.launcher.service.ServiceApi;
import java.util.List;

/** {@code retry NAME}: sends the rejected post NAME back to incoming/ through ingest-service, to be read again. */
final class RetryCommand {

    private static final String REJECTED = "rejected/";

    private final Workspace context;

    RetryCommand(Workspace context) {
        this.context = context;
    }

    int run(List<String> args) {
        if (args.isEmpty()) {
            throw new LauncherException("retry: which rejected post? (see '" + PROG + " retry --help')");
        }
        if (Arguments.isHelp(args.get(0))) {
            context.console().say(Usage.of("retry", context.settings()));
            return 0;
        }
        if (args.size() > 1) {
            throw new LauncherException("retry: one NAME at a time, not " + args.size());
        }
        String name = args.get(0).startsWith(REJECTED) ? args.get(0).substring(REJECTED.length()) : args.get(0);
        ServiceApi ingest = new ServiceApi("ingest-service", context.settings().ingestPort(),
                context.settings().apiToken());
        ServiceApi.Answer answer = ingest.post("/api/posts/rejected/" + ServiceApi.encode(name) + "/retry");
        String key = JsonAnswers.expect(answer, 202, "retry: ").path("bucketKey").asText();
        context.console().say("sent " + REJECTED + name + " back to " + key + "; follow it with '" + PROG
                + " status " + name + "'");
        return 0;
    }
}
