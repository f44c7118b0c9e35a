package dev.newsflow.launcher.command;

import dev.newsflow.launcher.process.Workspace;
import dev.newsflow.launcher.service.ServiceApi;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code status FILE}: the story of a post, from query-service's {@code GET /api/posts/status}. A FILE that exists here
 * is asked for by its file name (the name {@code drop} gives it in incoming/), anything else as given (a bucket key, a
 * key under incoming/ or a file name).
 */
final class StoryCommand {

    private final Workspace context;

    StoryCommand(Workspace context) {
        this.context = context;
    }

    int run(String file) {
        String key = localFileName(file);
        ServiceApi query = new ServiceApi("query-service", context.settings().queryPort(),
                context.settings().apiToken());
        ServiceApi.Answer answer = query.get("/api/posts/status?key=" + ServiceApi.encode(key));
        StoryLines.of(JsonAnswers.expect(answer, 200, "status: ")).forEach(context.console()::say);
        return 0;
    }

    private static String localFileName(String file) {
        try {
            Path path = Path.of(file);
            return Files.isRegularFile(path) ? path.getFileName().toString() : file;
        } catch (InvalidPathException e) {
            return file;
        }
    }
}
