package dev.newsie.output;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An output that reports its failures as {@link OutputFailedException}, naming itself. Standard output is
 * written through its file descriptor, not {@code System.out}: a PrintStream hides write errors, so a
 * full disk or a closed pipe ({@code | head -1}) would go unnoticed and the run would carry on.
 */
public final class CheckedOutput extends FilterOutputStream {
    private final String name;
    private final boolean closeTarget;

    private CheckedOutput(OutputStream out, String name, boolean closeTarget) {
        super(out);
        this.name = name;
        this.closeTarget = closeTarget;
    }

    /** Standard output; closing the stream flushes it and leaves the descriptor open. */
    public static OutputStream standardOutput() {
        return of(new FileOutputStream(FileDescriptor.out), "standard output", false);
    }

    /** Any stream, named in messages; {@code closeTarget} false leaves it open on close (flushes only). */
    public static OutputStream of(OutputStream out, String name, boolean closeTarget) {
        return new CheckedOutput(out, name, closeTarget);
    }

    /** A file, created or truncated (or appended to). */
    public static OutputStream file(Path file, boolean append) throws IOException {
        try {
            OutputStream out = append
                    ? Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)
                    : Files.newOutputStream(file);
            return new BufferedOutputStream(new CheckedOutput(out, file.toString(), true), 1 << 16);
        } catch (IOException e) {
            throw new OutputFailedException("cannot write " + file + ": " + reason(e), e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() throws IOException {
        flush();
        if (closeTarget) {
            try {
                out.close();
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    private IOException failed(IOException e) {
        return e instanceof OutputFailedException ? e : new OutputFailedException("cannot write " + name + ": " + reason(e), e);
    }

    private static String reason(IOException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("Broken pipe")) {
            return "the program reading it has stopped (broken pipe)";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its directory does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return message;
    }
}
