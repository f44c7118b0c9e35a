package dev.newsflow.launcher.process;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, read from its end so a large log costs nothing. */
public final class LogTail {

    private static final int CHUNK = 8192;

    private LogTail() {
    }

    /** The last {@code count} lines of {@code file} (fewer if it has fewer; none if it does not exist). */
    public static List<String> lastLines(Path file, int count) {
        if (!Files.isRegularFile(file) || count <= 0) {
            return List.of();
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long end = in.length();
            long start = end;
            byte[] bytes = new byte[0];
            while (start > 0 && newlines(bytes) <= count) {
                int size = (int) Math.min(CHUNK, start);
                start -= size;
                byte[] chunk = new byte[size];
                in.seek(start);
                in.readFully(chunk);
                byte[] joined = Arrays.copyOf(chunk, size + bytes.length);
                System.arraycopy(bytes, 0, joined, size, bytes.length);
                bytes = joined;
            }
            List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }

    /** Prints the last 30 lines of {@code file} between two rules, as a failed start shows them. */
    public static void show(Path file, PrintStream err) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        err.println("---- last 30 lines of " + file);
        lastLines(file, 30).forEach(err::println);
        err.println("----");
        err.flush();
    }

    private static int newlines(byte[] bytes) {
        int count = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                count++;
            }
        }
        return count;
    }
}
