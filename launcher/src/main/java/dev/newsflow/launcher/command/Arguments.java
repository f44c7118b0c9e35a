package dev.newsflow.launcher.command;

import dev.newsflow.launcher.LauncherException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A command's arguments, taken one at a time, with the checks every command makes on option values. */
final class Arguments {

    private final Deque<String> remaining;

    Arguments(List<String> args) {
        this.remaining = new ArrayDeque<>(args);
    }

    boolean hasNext() {
        return !remaining.isEmpty();
    }

    String next() {
        return remaining.removeFirst();
    }

    /** The value after {@code option}, or an error saying what it needs. */
    String valueOf(String option, String what) {
        if (remaining.isEmpty()) {
            throw new LauncherException(option + " needs " + what);
        }
        return remaining.removeFirst();
    }

    /** {@code value} as a number, or an error naming {@code what}. */
    static int number(String what, String value) {
        if (!value.matches("[0-9]{1,9}")) {
            throw new LauncherException(what + " must be a number, not '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    static boolean isHelp(String arg) {
        return arg.equals("-h") || arg.equals("--help");
    }

    /** Fails unless there are no arguments (or one asking for help); whether help was asked. */
    static boolean helpOrNothing(String command, List<String> args) {
        if (args.isEmpty()) {
            return false;
        }
        if (isHelp(args.get(0))) {
            return true;
        }
        throw new LauncherException(command + ": unknown argument '" + args.get(0) + "'");
    }
}
