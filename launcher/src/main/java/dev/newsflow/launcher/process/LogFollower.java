package dev.newsflow.launcher.process;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Follows log files as {@code tail -F} does: prints what is appended, from the start again if a file is replaced. */
public final class LogFollower {

    private final List<Path> files;
    private final PrintStream out;

    public LogFollower(List<Path> files, PrintStream out) {
        this.files = files;
        this.out = out;
    }

    /** Follows until the process is stopped (Ctrl-C). */
    public void run() {
        List<Long> positions = new ArrayList<>();
        for (Path file : files) {
            positions.add(size(file));
        }
        Path last = files.size() > 1 ? null : files.get(0);
        while (!Thread.currentThread().isInterrupted()) {
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                long size = size(file);
                if (size < positions.get(i)) {
                    positions.set(i, 0L);
                }
                if (size > positions.get(i)) {
                    if (last != file) {
                        out.println("\n==> " + file + " <==");
                        last = file;
                    }
                    positions.set(i, copy(file, positions.get(i), size));
                }
            }
            out.flush();
            Processes.sleep(500);
        }
    }

    private long copy(Path file, long from, long to) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            byte[] bytes = new byte[(int) Math.min(to - from, 1 << 20)];
            in.seek(from);
            in.readFully(bytes);
            out.write(bytes, 0, bytes.length);
            return from + bytes.length;
        } catch (IOException e) {
            return from;
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
