package dev.newsie.cli;

/** newsie's exit codes, one place for all. */
public final class ExitCodes {
    /** Every document was processed. */
    public static final int OK = 0;
    /** The run finished, but at least one document got an error record. */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong: unknown option, bad value, missing input path. */
    public static final int USAGE = 2;
    /** newsie could not run at all: models unreadable, output not writable, internal error. */
    public static final int FATAL = 3;

    private ExitCodes() {
    }
}
