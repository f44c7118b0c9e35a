package dev.newsflow.launcher;

import java.io.PrintStream;

/** Where the launcher writes: plain lines and progress dots to standard output, warnings to standard error. */
public final class Console {

    /** The name the launcher calls itself by in messages, as users type it. */
    public static final String PROG = "bin/newsflow";

    private final PrintStream out;
    private final PrintStream err;

    public Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public void say(String line) {
        out.println(line);
        out.flush();
    }

    /** Writes without a line end, for progress ({@code kafka: starting (pid 12) ....}). */
    public void print(String text) {
        out.print(text);
        out.flush();
    }

    public void warn(String message) {
        err.println(PROG + ": " + message);
        err.flush();
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }
}
