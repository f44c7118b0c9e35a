package dev.newsflow.launcher;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point behind {@code bin/newsflow} and {@code bin\newsflow.cmd}: {@code java -Dnewsflow.root=<repo> -jar
 * launcher/target/newsflow-launcher.jar COMMAND [OPTIONS]}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Console console = new Console(System.out, System.err);
        System.exit(new Launcher(root(), System.getenv(), console).run(List.of(args)));
    }

    /** The repository: -Dnewsflow.root, else two folders above this jar (launcher/target/). */
    private static Path root() {
        String property = System.getProperty("newsflow.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
