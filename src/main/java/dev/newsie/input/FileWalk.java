package dev.newsie.input;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The wanted files below a directory, depth first. Sorted mode lists one directory's names at a time
 * (names only); unsorted mode streams the file system's own order and lists nothing. Each real
 * directory is read once: a link back to a directory being read (a loop) or to one already read is
 * not followed, with a warning. Directories reached through a symbolic link are read after the rest,
 * so that a directory reached both ways is read under its own path, whatever the order of the
 * listing. A directory that cannot be listed is an entry with its problem. A
 * wanted path that is not a regular file (a pipe, a broken link) is an entry too: the reader says why.
 */
final class FileWalk extends LookAhead<FileWalk.Entry> {
    /** A file to read, or (with a problem) a directory that could not be listed. */
    record Entry(Path path, String problem) {
    }

    /** A directory being read: its identity (for loops) and its remaining children; {@code listing} open in unsorted mode. */
    private record Frame(Path dir, Object key, Iterator<Path> children, DirectoryStream<Path> listing) {
        void close() {
            if (listing != null) {
                try {
                    listing.close();
                } catch (IOException ignored) {
                    // listing finished
                }
            }
        }
    }

    private final Path root;
    private final Predicate<Path> wanted;
    private final boolean sorted;
    private final Consumer<String> warnings;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<Object, Path> seen = new HashMap<>();
    private final Deque<Path> linked = new ArrayDeque<>();
    private Entry pending;

    FileWalk(Path root, Predicate<Path> wanted, boolean sorted, Consumer<String> warnings) {
        this.root = root;
        this.wanted = wanted;
        this.sorted = sorted;
        this.warnings = warnings;
        try {
            enter(root, Files.readAttributes(root, BasicFileAttributes.class));
        } catch (IOException e) {
            pending = new Entry(root, "cannot read directory " + root + ": " + FileProblems.why(e, root));
        }
    }

    private static Object key(Path dir, BasicFileAttributes attributes) {
        return attributes.fileKey() != null ? attributes.fileKey() : realPath(dir);
    }

    /** False (with a warning) when the directory was read already or is being read. */
    private boolean firstVisit(Path dir, Object key) {
        Path first = seen.get(key);
        if (first == null) {
            return true;
        }
        boolean loop = stack.stream().anyMatch(f -> f.key().equals(key));
        warnings.accept(shown(dir) + ": " + (loop
                ? "symbolic link loop (back to " + shown(first) + ", which is being read): not followed"
                : "same directory as " + shown(first) + ", already read: not followed"));
        return false;
    }

    private void enter(Path dir, BasicFileAttributes attributes) {
        Object key = key(dir, attributes);
        if (!firstVisit(dir, key)) {
            return;
        }
        seen.put(key, dir);
        try {
            if (sorted) {
                List<String> names = new ArrayList<>();
                try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                    for (Path p : s) {
                        names.add(p.getFileName().toString());
                    }
                }
                Collections.sort(names);
                stack.push(new Frame(dir, key, names.stream().map(dir::resolve).iterator(), null));
            } else {
                DirectoryStream<Path> s = Files.newDirectoryStream(dir);
                stack.push(new Frame(dir, key, s.iterator(), s));
            }
        } catch (IOException | DirectoryIteratorException e) {
            IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
            pending = new Entry(dir, "cannot list directory " + dir + ": " + FileProblems.why(cause, dir));
        }
    }

    private String shown(Path dir) {
        Path relative = root.relativize(dir);
        return relative.toString().isEmpty() ? root.toString() : relative.toString();
    }

    private static Object realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }

    @Override
    protected Entry computeNext() {
        while (pending != null || !stack.isEmpty() || !linked.isEmpty()) {
            if (pending != null) {
                Entry e = pending;
                pending = null;
                return e;
            }
            if (stack.isEmpty()) {
                Path link = linked.removeFirst();
                try {
                    enter(link, Files.readAttributes(link, BasicFileAttributes.class));
                } catch (IOException e) {
                    pending = new Entry(link, "cannot read directory " + link + ": " + FileProblems.why(e, link));
                }
                continue;
            }
            Frame top = stack.peek();
            Path p;
            try {
                if (!top.children().hasNext()) {
                    stack.pop().close();
                    continue;
                }
                p = top.children().next();
            } catch (DirectoryIteratorException e) {
                stack.pop().close();
                return new Entry(top.dir(), "cannot list directory " + top.dir() + ": " + FileProblems.why(e.getCause(), top.dir()));
            }
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(p, BasicFileAttributes.class);
            } catch (IOException e) {
                if (wanted.test(p)) {
                    return new Entry(p, null); // a broken link or a forbidden file: reading it says why
                }
                continue;
            }
            if (attributes.isDirectory() && Files.isSymbolicLink(p)) {
                if (firstVisit(p, key(p, attributes))) {
                    linked.addLast(p); // read after the rest: the directory may also be reached by its own path
                }
            } else if (attributes.isDirectory()) {
                enter(p, attributes);
            } else if (wanted.test(p)) {
                return new Entry(p, null);
            }
        }
        return null;
    }
}
