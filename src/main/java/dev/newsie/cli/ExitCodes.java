package dev.newsie.cli;

/** newsie's exit codes, one place for all. */
public final class ExitCodes {
    /** Every document was processed. */
    public static final int OK = 0;
    /** The run finished, but at least one document got an error record. */
    public static final int SOME_FAILED = 1;
    /** The command line was wrong: unknown option, value out of range, missing input path, an output that is an input. */
    public static final int USAGE = 2;
    /** newsie could not run or finish: models unreadable, output not writable (disk full, pipe closed), out of memory. */
    public static final int FATAL = 3;

    /** The exit code list of --help (picocli annotations need constants). */
    static final String OK_TEXT = "0:every document processed";
    static final String SOME_FAILED_TEXT = "1:some documents got an error record";
    static final String USAGE_TEXT = "2:usage error (unknown option, value out of range, missing input, output is an input)";
    static final String FATAL_TEXT = "3:fatal error (models unreadable, output not writable: disk full, pipe closed)";

    private ExitCodes() {
    }
}
