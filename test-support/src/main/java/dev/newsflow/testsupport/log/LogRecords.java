package dev.newsflow.testsupport.log;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** What one logger category writes while a test runs, as formatted messages, for assertions on the log. */
public final class LogRecords extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogRecords(Logger logger) {
        this.logger = logger;
        logger.addHandler(this);
    }

    /** Starts collecting what the logger of {@code category} writes. */
    public static LogRecords of(Class<?> category) {
        return new LogRecords(Logger.getLogger(category.getName()));
    }

    /** The messages written at {@code level} so far that contain {@code text}. */
    public List<String> messages(Level level, String text) {
        return records.stream().filter(r -> r.getLevel().equals(level))
                .map(r -> r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage())
                .filter(message -> message.contains(text)).toList();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
        // kept in memory
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
