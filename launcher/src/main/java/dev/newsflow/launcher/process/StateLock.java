package dev.newsflow.launcher.process;

import dev.newsflow.launcher.Console;
import dev.newsflow.launcher.LauncherException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/** One {@code up}, {@code down} or {@code clean} at a time per state folder: a lock on run/.lock. */
public final class StateLock implements AutoCloseable {

    private final FileChannel channel;

    private StateLock(FileChannel channel) {
        this.channel = channel;
    }

    /** Takes the lock or fails saying another launcher holds it; it is released on close, or when this JVM exits. */
    public static StateLock take(StateFolder state) {
        try {
            Files.createDirectories(state.run());
            FileChannel channel = FileChannel.open(state.run().resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            if (channel.tryLock() == null) {
                channel.close();
                throw busy(state);
            }
            return new StateLock(channel);
        } catch (OverlappingFileLockException e) {
            throw busy(state);
        } catch (IOException e) {
            throw new LauncherException("cannot lock " + state.run().resolve(".lock") + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new LauncherException("cannot release the lock " + e.getMessage(), e);
        }
    }

    private static LauncherException busy(StateFolder state) {
        return new LauncherException("another '" + Console.PROG + " up/down/clean' is running on " + state.home()
                + "; wait for it to finish");
    }
}
