package dev.newsflow.launcher.command;

import static dev.newsflow.launcher.Console.PROG;

import dev.newsflow.launcher.LauncherException;
import dev.newsflow.launcher.kafka.KafkaServer;
import dev.newsflow.launcher.kafka.TopicPrinter;
import dev.newsflow.launcher.process.Workspace;
import java.util.List;

/** {@code consume TOPIC [--max N] [--timeout-ms MS]}: prints a topic's events from the beginning. */
final class ConsumeCommand {

    private final Workspace context;

    ConsumeCommand(Workspace context) {
        this.context = context;
    }

    int run(List<String> args) {
        String topic = null;
        int max = 10;
        int timeoutMs = 10_000;
        Arguments arguments = new Arguments(args);
        while (arguments.hasNext()) {
            String arg = arguments.next();
            if (Arguments.isHelp(arg)) {
                context.console().say(Usage.of("consume", context.settings()));
                return 0;
            } else if (arg.equals("--max")) {
                max = Arguments.number("--max", arguments.valueOf("--max", "a number"));
            } else if (arg.equals("--timeout-ms")) {
                timeoutMs = Arguments.number("--timeout-ms", arguments.valueOf("--timeout-ms", "a number"));
            } else if (arg.startsWith("-")) {
                throw new LauncherException("consume: unknown option '" + arg + "'");
            } else {
                topic = arg;
            }
        }
        if (topic == null) {
            throw new LauncherException("consume: which topic? (see '" + PROG + " consume --help')");
        }
        if (!context.settings().externalKafka() && context.processes().live(KafkaServer.NAME).isEmpty()) {
            throw new LauncherException("Kafka is not running; run '" + PROG + " up' first");
        }
        TopicPrinter.print(new KafkaServer(context).bootstrap(), topic, max, timeoutMs, context.console().out());
        return 0;
    }
}
