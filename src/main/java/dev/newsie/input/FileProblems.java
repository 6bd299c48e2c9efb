package dev.newsie.input;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipException;

/** Why a file could not be read, in words for an error record: a broken link, a permission, a pipe, bad gzip. */
final class FileProblems {
    private FileProblems() {
    }

    static String why(IOException e, Path path) {
        if (e instanceof NoSuchFileException) {
            return path != null && Files.isSymbolicLink(path) ? brokenLink(path) : "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof ZipException) {
            return "not valid gzip (" + e.getMessage() + ")";
        }
        if (e instanceof EOFException) {
            return "the compressed stream ends early (a truncated .gz file?)";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String brokenLink(Path link) {
        try {
            return "broken symbolic link (it points to " + Files.readSymbolicLink(link) + ", which does not exist)";
        } catch (IOException e) {
            return "broken symbolic link";
        }
    }

    /** What a path that is not a regular file is. */
    static String notRegular(Path path) {
        if (!Files.exists(path)) {
            return Files.isSymbolicLink(path) ? brokenLink(path) : "no such file";
        }
        int fileType;
        try {
            fileType = (Integer) Files.getAttribute(path, "unix:mode") & 0170000; // S_IFMT
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "not a regular file"; // no Unix attributes here: say only what is known
        }
        return switch (fileType) {
            case 0010000 -> "a named pipe (FIFO), not a regular file; name it on the command line to read it";
            case 0140000 -> "a socket, not a regular file";
            case 0020000 -> "a character device, not a regular file";
            case 0060000 -> "a block device, not a regular file";
            default -> "not a regular file";
        };
    }
}
