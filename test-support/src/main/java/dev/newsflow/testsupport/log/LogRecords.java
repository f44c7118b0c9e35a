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

    /**
     * The trace id each message written at {@code level} that contains {@code text} was logged with (the MDC's
     * {@code traceId}, which OpenTelemetry fills while a span is current), empty when it had none.
     */
    public List<String> traceIds(Level level, String text) {
        return records.stream().filter(r -> r.getLevel().equals(level) && r instanceof ExtLogRecord)
                .map(ExtLogRecord.class::cast).filter(r -> r.getFormattedMessage().contains(text))
                .map(r -> r.getMdc("traceId") == null ? "" : r.getMdc("traceId")).toList();
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            ext.copyMdc();
        }
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
