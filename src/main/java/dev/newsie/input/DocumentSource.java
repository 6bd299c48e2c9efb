package dev.newsie.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads the command line's inputs as one lazy stream of documents, in input order:
 * text files, directories (every *.txt below, sorted), JSONL files and standard input.
 * Every path is checked before the first document is read, so a typo fails fast (exit 2).
 */
public final class DocumentSource implements Iterator<Document> {
    public static final String STDIN = "-";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputFormat format;
    private final String defaultDate;
    private final long maxChars;
    private final Supplier<InputStream> stdin;
    private final Deque<String> pendingInputs;
    private final Map<String, Integer> idsSeen = new HashMap<>();
    private Iterator<Document> current = java.util.Collections.emptyIterator();

    public DocumentSource(List<String> inputs, InputFormat format, String defaultDate, long maxChars,
                          Supplier<InputStream> stdin) {
        this.format = format;
        this.defaultDate = defaultDate;
        this.maxChars = maxChars;
        this.stdin = stdin;
        for (String input : inputs) {
            if (!input.equals(STDIN) && !Files.exists(Path.of(input))) {
                throw new UsageException("input not found: " + input);
            }
        }
        this.pendingInputs = new ArrayDeque<>(inputs.isEmpty() ? List.of(STDIN) : inputs);
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (pendingInputs.isEmpty()) {
                return false;
            }
            current = open(pendingInputs.removeFirst());
        }
        return true;
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Document doc = current.next();
        return withUniqueId(doc);
    }

    /** Ids must be unique within a run: a repeated id gets "#2", "#3", ... */
    private Document withUniqueId(Document doc) {
        int seen = idsSeen.merge(doc.id(), 1, Integer::sum);
        if (seen == 1) {
            return doc;
        }
        return new Document(doc.id() + "#" + seen, doc.text(), doc.docDate(), doc.error());
    }

    private Iterator<Document> open(String input) {
        if (input.equals(STDIN)) {
            return format == InputFormat.jsonl
                    ? new JsonlReader("stdin", stdin.get())
                    : List.of(readStdinText()).iterator();
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            return new DirectoryWalk(path).stream().map(p -> readFile(p, path.relativize(p).toString())).iterator();
        }
        if (isJsonl(path)) {
            try {
                return new JsonlReader(input, Files.newInputStream(path));
            } catch (IOException e) {
                return List.of(Document.failed(input, defaultDate, InputError.UNREADABLE, message(e))).iterator();
            }
        }
        return List.of(readFile(path, input)).iterator();
    }

    private boolean isJsonl(Path path) {
        return format == InputFormat.jsonl
                || (format == InputFormat.auto && path.getFileName().toString().endsWith(".jsonl"));
    }

    private Document readStdinText() {
        try (InputStream in = stdin.get()) {
            return TextDecoder.decode("stdin", in.readAllBytes(), defaultDate, maxChars);
        } catch (IOException e) {
            return Document.failed("stdin", defaultDate, InputError.UNREADABLE, message(e));
        }
    }

    private Document readFile(Path path, String id) {
        try {
            // UTF-8 can take up to 4 bytes a character: check the size before reading a huge file into memory
            if (Files.size(path) > 4 * maxChars) {
                return Document.failed(id, defaultDate, InputError.TOO_LARGE,
                        "file has " + Files.size(path) + " bytes, over the limit of " + maxChars + " characters (--max-chars)");
            }
            return TextDecoder.decode(id, Files.readAllBytes(path), defaultDate, maxChars);
        } catch (IOException e) {
            return Document.failed(id, defaultDate, InputError.UNREADABLE, "cannot read " + path + ": " + message(e));
        }
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Validates an ISO date; returns null when absent. */
    public static String checkDate(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.trim().length() > 10 ? date.trim().substring(0, 10) : date.trim()).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + date + "' is not YYYY-MM-DD");
        }
    }

    /** Every *.txt below a directory, depth first, each directory's entries in name order; lists one directory at a time. */
    static final class DirectoryWalk {
        private final Path root;

        DirectoryWalk(Path root) {
            this.root = root;
        }

        Stream<Path> stream() {
            return children(root);
        }

        private Stream<Path> children(Path dir) {
            List<Path> entries = new ArrayList<>();
            try (Stream<Path> list = Files.list(dir)) {
                list.sorted().forEach(entries::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return entries.stream().flatMap(p -> Files.isDirectory(p) ? children(p)
                    : p.getFileName().toString().endsWith(".txt") ? Stream.of(p) : Stream.empty());
        }
    }

    /** One document per JSONL line; a line that is not a valid record becomes an error document naming its line number. */
    final class JsonlReader implements Iterator<Document> {
        private final String name;
        private final InputStream in;
        private long lineNumber;
        private Document next;
        private boolean done;

        JsonlReader(String name, InputStream in) {
            this.name = name;
            this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 1 << 16);
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                byte[] line = readLine();
                if (line == null) {
                    done = true;
                    closeQuietly();
                } else if (!isBlank(line)) {
                    next = parse(line);
                }
            }
            return next != null;
        }

        @Override
        public Document next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Document d = next;
            next = null;
            return d;
        }

        private byte[] readLine() {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try {
                int b = in.read();
                if (b < 0) {
                    return null;
                }
                while (b >= 0 && b != '\n') {
                    buf.write(b);
                    b = in.read();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
            }
            lineNumber++;
            return buf.toByteArray();
        }

        private Document parse(byte[] line) {
            String where = name + ":" + lineNumber;
            String raw;
            try {
                raw = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(line)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                return Document.failed(where, defaultDate, InputError.ENCODING, "line " + lineNumber + " is not valid UTF-8");
            }
            JsonNode record;
            try {
                record = JSON.readTree(raw);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return Document.failed(where, defaultDate, InputError.MALFORMED_JSON,
                        "line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
            }
            if (record == null || !record.isObject()) {
                return Document.failed(where, defaultDate, InputError.MALFORMED_JSON, "line " + lineNumber + " is not a JSON object");
            }
            JsonNode idNode = record.get("id");
            String id = idNode == null || idNode.isNull() ? where : idNode.asText();
            String date;
            try {
                JsonNode dateNode = record.hasNonNull("date") ? record.get("date") : record.get("doc_date");
                date = dateNode == null || dateNode.isNull() ? defaultDate : checkDate(dateNode.asText());
            } catch (IllegalArgumentException e) {
                return Document.failed(id, defaultDate, InputError.BAD_FIELD, "line " + lineNumber + ": " + e.getMessage());
            }
            JsonNode text = record.get("text");
            if (text == null || !text.isTextual()) {
                return Document.failed(id, date, InputError.BAD_FIELD, "line " + lineNumber + " has no string field \"text\"");
            }
            return TextDecoder.checkText(id, text.asText(), date, maxChars);
        }

        private boolean isBlank(byte[] line) {
            for (byte b : line) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        private void closeQuietly() {
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing left to read from it
            }
        }
    }
}
