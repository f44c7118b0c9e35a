package dev.newsflow.query.bench;

import dev.newsflow.testsupport.postgres.PostgresTestResource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time used so far by this JVM and by the PostgreSQL backends connected to the test database (as the JDK
 * reads a process's CPU time), so a benchmark on a shared machine can tell the work it costs apart from the time it
 * waits.
 */
record CpuTime(long jvmNanos, Map<Integer, Long> backendNanos) {

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
                    long nanos = cpuNanos(rs.getInt(1));
                    if (nanos >= 0) {
                        backends.put(rs.getInt(1), nanos);
                    }
                }
            }
        }
        return new CpuTime(jvm, backends);
    }

    /** The CPU nanoseconds used so far by the PostgreSQL backend of {@code connection}. */
    static long backendNanos(Connection connection) throws Exception {
        try (PreparedStatement s = connection.prepareStatement("select pg_backend_pid()");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return cpuNanos(rs.getInt(1));
        }
    }

    /** The JVM's CPU milliseconds since {@code start}. */
    double jvmMillisSince(CpuTime start) {
        return (jvmNanos - start.jvmNanos) / 1e6;
    }

    /** The CPU milliseconds since {@code start} of the backends connected now (a new one counts from zero). */
    double backendMillisSince(CpuTime start) {
        long nanos = 0;
        for (Map.Entry<Integer, Long> backend : backendNanos.entrySet()) {
            nanos += backend.getValue() - start.backendNanos.getOrDefault(backend.getKey(), 0L);
        }
        return nanos / 1e6;
    }

    /** The CPU nanoseconds a backend used so far, from the JDK's view of the process; -1 if it has gone. */
    private static long cpuNanos(int pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(java.time.Duration::toNanos)
                .orElse(-1L);
    }
}
