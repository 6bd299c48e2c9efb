package dev.newsie.output;

import java.io.IOException;

/** Writing an output failed (disk full, the reading end of a pipe closed): the run stops with exit code 3. */
public final class OutputFailedException extends IOException {
    public OutputFailedException(String message, IOException cause) {
        super(message, cause);
    }
}
