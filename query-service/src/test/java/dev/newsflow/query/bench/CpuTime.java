package dev.newsflow.query.bench;

import dev.newsflow.testsupport.postgres.PostgresTestResource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time used so far by this JVM and by the PostgreSQL backends connected to the test database (from
 * {@code /proc}), so a benchmark on a shared machine can tell the work it costs apart from the time it waits.
 */
record CpuTime(long jvmNanos, Map<Integer, Long> backendTicks) {

    private static final double MS_PER_TICK = 10;

    /** Now. */
    static CpuTime now() throws Exception {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        Map<Integer, Long> backends = new HashMap<>();
        try (Connection c = PostgresTestResource.connect();
                PreparedStatement s = c.prepareStatement("select pid from pg_stat_activity where datname = ?"
                        + " and pid <> pg_backend_pid()")) {
            s.setString(1, PostgresTestResource.DATABASE);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long ticks = ticks(rs.getInt(1));
                    if (ticks >= 0) {
                        backends.put(rs.getInt(1), ticks);
                    }
                }
            }
        }
        return new CpuTime(jvm, backends);
    }

    /** The JVM's CPU milliseconds since {@code start}. */
    double jvmMillisSince(CpuTime start) {
        return (jvmNanos - start.jvmNanos) / 1e6;
    }

    /** The CPU milliseconds since {@code start} of the backends connected now (a new one counts from zero). */
    double backendMillisSince(CpuTime start) {
        long ticks = 0;
        for (Map.Entry<Integer, Long> backend : backendTicks.entrySet()) {
            ticks += backend.getValue() - start.backendTicks.getOrDefault(backend.getKey(), 0L);
        }
        return ticks * MS_PER_TICK;
    }

    private static long ticks(int pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }
}
