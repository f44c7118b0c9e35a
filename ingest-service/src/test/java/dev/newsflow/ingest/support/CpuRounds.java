package dev.newsflow.ingest.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Two pieces of work timed against each other on one thread in CPU time (not wall-clock time, so a loaded machine
 * slows neither), in rounds that alternate which goes first, after a warm-up of both.
 */
public final class CpuRounds {

    private static final int WARM_UP_ROUNDS = 3;

    private CpuRounds() {
    }

    /** One piece of work, done {@code times} times in a row. */
    @FunctionalInterface
    public interface Work {
        void run(int times) throws Exception;
    }

    /** Prints, for each of {@code rounds} rounds, the CPU microseconds per operation of both and their ratio. */
    public static void compare(String what, String candidateName, Work candidate, String referenceName,
            Work reference, int operations, int rounds) throws Exception {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            micros(candidate, operations);
            micros(reference, operations);
        }
        for (int round = 1; round <= rounds; round++) {
            boolean candidateFirst = round % 2 == 1;
            double first = micros(candidateFirst ? candidate : reference, operations);
            double second = micros(candidateFirst ? reference : candidate, operations);
            double ours = candidateFirst ? first : second;
            double theirs = candidateFirst ? second : first;
            System.out.printf(Locale.ROOT, "BENCH %s round %d: %s %.2f us CPU/op, %s %.2f us CPU/op, ratio %.2f%n",
                    what, round, candidateName, ours, referenceName, theirs, ours / theirs);
        }
    }

    private static double micros(Work work, int operations) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        work.run(operations);
        return (threads.getCurrentThreadCpuTime() - start) / 1e3 / operations;
    }
}
