package dev.newsflow.launcher.command;

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.kafka.KafkaTopics;
import dev.newsflow.launcher.postgres.EmbeddedPostgres;
import dev.newsflow.launcher.postgres.PostgresSetup;
import dev.newsflow.launcher.process.Workspace;
import dev.newsflow.launcher.service.ServiceSpec;
import dev.newsflow.launcher.service.Services;
import java.util.List;

/** What {@code up} prints once everything runs: where each part is and how to use it. */
final class UpSummary {

    private final Workspace context;

    UpSummary(Workspace context) {
        this.context = context;
    }

    void print(String kafka, PostgresSetup.Start postgres, List<ServiceSpec> services, long seconds) {
        Console console = context.console();
        console.say("");
        console.say("Newsflow is up (" + seconds + " s).");
        row("kafka", kafka + "  (topics: " + KafkaTopics.names() + ")");
        String kind = context.processes().live(EmbeddedPostgres.NAME).isPresent() ? "embedded" : "external";
        row("postgres", postgres.address() + "  (database " + context.settings().pgDatabase() + ", " + kind + ")");
        for (ServiceSpec service : services) {
            int port = service.port();
            row(service.name(), "http://localhost:" + port + "  health " + service.healthUrl(port));
            row("", "OpenAPI http://localhost:" + port + "/q/swagger-ui  metrics http://localhost:" + port + "/q/metrics");
        }
        row("bucket", context.state().bucket() + "  (drop posts into incoming/)");
        row("logs", context.state().logs() + "  (" + PROG + " logs -f)");
        console.say("");
        console.say("Drop a post:   " + PROG + " drop post.md");
        List<String> names = Services.names(services);
        if (names.contains("ingest-service")) {
            console.say("Or post it:    curl -s -X POST --data-binary @post.md -H 'Content-Type: text/markdown' 'http://localhost:"
                    + context.settings().ingestPort() + "/api/posts?name=my-post.md'");
        }
        if (names.contains("query-service")) {
            int port = context.settings().queryPort();
            console.say("Dashboard:     http://localhost:" + port + "/   (articles, figures and sentiment, live)");
            console.say("Query:         curl -s 'http://localhost:" + port + "/api/articles?limit=5'");
            console.say("               curl -s http://localhost:" + port
                    + "/api/articles/<id>   (id: the file name, lowercased, e.g. my-post)");
        }
        console.say("Stop it all:   " + PROG + " down");
    }

    private void row(String name, String text) {
        context.console().say(String.format("  %-16s %s", name, text).stripTrailing());
    }
}
