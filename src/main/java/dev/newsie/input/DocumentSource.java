package dev.newsie.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Reads the command line's inputs as one lazy stream of documents, in input order: text and HTML
 * files (gzip-compressed too), directories (walked lazily, filtered by globs), JSONL files, a file
 * listing paths (--from-list) and standard input. Every path named on the command line is checked
 * before the first document is read, so a typo fails fast (exit 2).
 */
public final class DocumentSource implements Iterator<Document> {
    public static final String STDIN = "-";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputOptions options;
    private final Supplier<InputStream> stdin;
    private final List<String> inputs;
    private final Path fromList;
    private final Iterator<String> pendingInputs;
    private final Map<String, Integer> idsSeen = new HashMap<>();
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final java.util.Set<Path> ownFiles = new java.util.HashSet<>();
    private Iterator<Document> current = Collections.emptyIterator();

    public DocumentSource(List<String> inputs, Path fromList, InputOptions options, Supplier<InputStream> stdin) {
        this.options = options;
        this.stdin = stdin;
        for (String input : inputs) {
            if (!input.equals(STDIN) && !Files.exists(Path.of(input))) {
                throw new UsageException("input not found: " + input);
            }
        }
        if (fromList != null && !Files.isReadable(fromList)) {
            throw new UsageException("list of inputs not found: " + fromList);
        }
        if (inputs.isEmpty() && fromList == null) {
            throw new UsageException("no input: give files, directories, --from-list FILE, or - for standard input");
        }
        this.includes = options.includes().stream().map(DocumentSource::glob).toList();
        this.excludes = options.excludes().stream().map(DocumentSource::glob).toList();
        this.inputs = List.copyOf(inputs);
        this.fromList = fromList;
        this.pendingInputs = allInputs();
    }

    /** The inputs named on the command line, then those of the --from-list file, read lazily. */
    private Iterator<String> allInputs() {
        Iterator<String> given = inputs.iterator();
        Iterator<String> listed = fromList == null ? Collections.emptyIterator() : new ListedPaths(fromList);
        return new LookAhead<>() {
            @Override
            protected String computeNext() {
                return given.hasNext() ? given.next() : listed.hasNext() ? listed.next() : null;
            }
        };
    }

    /** Compatibility constructor: no path list, default field names and filters. */
    public DocumentSource(List<String> inputs, InputFormat format, String defaultDate, long maxChars, Supplier<InputStream> stdin) {
        this(inputs, null, InputOptions.defaults().withFormat(format).withDefaultDate(defaultDate).withMaxChars(maxChars), stdin);
    }

    /** newsie's own output files are never read as input, even when they lie in a directory being walked. */
    public DocumentSource skipping(Path... files) {
        for (Path f : files) {
            if (f != null) {
                ownFiles.add(f.toAbsolutePath().normalize());
            }
        }
        return this;
    }

    private static PathMatcher glob(String pattern) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad glob pattern '" + pattern + "': " + e.getMessage());
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (!pendingInputs.hasNext()) {
                return false;
            }
            current = open(pendingInputs.next());
        }
        return true;
    }

    @Override
    public Document next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return withUniqueId(current.next());
    }

    /** Ids must be unique within a run: a repeated id gets "#2", "#3", ... */
    private Document withUniqueId(Document doc) {
        int seen = idsSeen.merge(doc.id(), 1, Integer::sum);
        return seen == 1 ? doc : doc.withId(doc.id() + "#" + seen);
    }

    private Iterator<Document> open(String input) {
        if (input.equals(STDIN)) {
            return switch (options.format()) {
                case jsonl -> new JsonlReader("stdin", stdin.get());
                case html -> List.of(readStream("stdin", stdin.get(), InputFormat.html)).iterator();
                default -> List.of(readStream("stdin", stdin.get(), InputFormat.text)).iterator();
            };
        }
        Path path = Path.of(input);
        if (!Files.exists(path)) {
            return List.of(Document.failed(input, options.defaultDate(), InputError.UNREADABLE, "input not found: " + input)).iterator();
        }
        if (Files.isDirectory(path)) {
            return new DirectoryWalk(path);
        }
        InputFormat format = formatOf(path);
        if (format == InputFormat.jsonl) {
            try {
                return new JsonlReader(input, open(path));
            } catch (IOException e) {
                return List.of(Document.failed(input, options.defaultDate(), InputError.UNREADABLE, message(e))).iterator();
            }
        }
        return List.of(readFile(path, input, format)).iterator();
    }

    private InputFormat formatOf(Path path) {
        if (options.format() != InputFormat.auto) {
            return options.format();
        }
        InputFormat byName = InputFormat.ofFileName(path.getFileName().toString());
        return byName == null ? InputFormat.text : byName;
    }

    private static InputStream open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        return path.getFileName().toString().endsWith(".gz") ? new BufferedInputStream(new GZIPInputStream(in), 1 << 16) : in;
    }

    private Document readFile(Path path, String id, InputFormat format) {
        try (InputStream in = open(path)) {
            return readStream(id, in, format);
        } catch (IOException e) {
            return Document.failed(id, options.defaultDate(), InputError.UNREADABLE, "cannot read " + path + ": " + message(e));
        }
    }

    /**
     * One file's document, read from an already opened (and, for .gz, decompressed) stream exactly as the
     * command line reads a file: for callers that find and open files themselves (the Spark job).
     */
    public static Document readDocument(String id, InputStream in, InputFormat format, InputOptions options) {
        return new DocumentSource(List.of(STDIN), null, options, () -> in).readStream(id, in, format);
    }

    /**
     * The records of one JSON Lines stream, read lazily exactly as the command line reads a .jsonl file
     * named {@code name}, without the run-wide renaming of repeated ids (the caller sees the whole run).
     */
    public static Iterator<Document> jsonlRecords(String name, InputStream in, InputOptions options) {
        return new DocumentSource(List.of(STDIN), null, options, () -> in).new JsonlReader(name, in);
    }

    /** Reads at most what --max-chars allows (UTF-8 takes up to 4 bytes a character), so a huge file never fills the heap. */
    private Document readStream(String id, InputStream in, InputFormat format) {
        long limit = 4 * options.maxChars();
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (bytes.length > limit) {
                return Document.failed(id, options.defaultDate(), InputError.TOO_LARGE,
                        "document is over the limit of " + options.maxChars() + " characters (--max-chars)");
            }
            if (format != InputFormat.html) {
                return TextDecoder.decode(id, bytes, options.defaultDate(), options.maxChars());
            }
            Document page = TextDecoder.decode(id, bytes, options.defaultDate(), Long.MAX_VALUE);
            if (page.failed()) {
                return page;
            }
            HtmlArticle article = HtmlArticle.parse(page.text());
            Document doc = TextDecoder.checkText(id, article.text(), article.date() != null ? article.date() : options.defaultDate(),
                    options.maxChars());
            return doc.fromHtml();
        } catch (IOException e) {
            return Document.failed(id, options.defaultDate(), InputError.UNREADABLE, "cannot read " + id + ": " + message(e));
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
        String d = date.strip();
        try {
            return LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d).toString();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + date + "' is not YYYY-MM-DD");
        }
    }

    private boolean wanted(Path root, Path file) {
        Path relative = root.relativize(file);
        Path name = file.getFileName();
        if (ownFiles.contains(file.toAbsolutePath().normalize())) {
            return false;
        }
        boolean included = includes.isEmpty() ? InputFormat.ofFileName(name.toString()) != null
                : includes.stream().anyMatch(m -> m.matches(relative) || m.matches(name));
        return included && excludes.stream().noneMatch(m -> m.matches(relative) || m.matches(name));
    }

    /** Documents of the files below a directory, read one file at a time. */
    final class DirectoryWalk extends LookAhead<Document> {
        private final Path root;
        private final FileWalk files;
        private Iterator<Document> inFile = Collections.emptyIterator();

        DirectoryWalk(Path root) {
            this.root = root;
            this.files = new FileWalk(root);
        }

        @Override
        protected Document computeNext() {
            while (!inFile.hasNext()) {
                if (!files.hasNext()) {
                    return null;
                }
                Path next = files.next();
                String id = root.relativize(next).toString();
                if (formatOf(next) == InputFormat.jsonl) {
                    try {
                        inFile = new JsonlReader(id, open(next));
                    } catch (IOException e) {
                        inFile = List.of(Document.failed(id, options.defaultDate(), InputError.UNREADABLE, message(e))).iterator();
                    }
                } else {
                    inFile = List.of(readFile(next, id, formatOf(next))).iterator();
                }
            }
            return inFile.next();
        }
    }

    /**
     * The wanted files below a directory, depth first. Sorted mode lists one directory's names at a time
     * (names only); unsorted mode streams the file system's own order and lists nothing.
     */
    final class FileWalk extends LookAhead<Path> {
        private final Path root;
        private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
        private final List<DirectoryStream<Path>> open = new ArrayList<>();

        FileWalk(Path root) {
            this.root = root;
            stack.push(children(root));
        }

        private Iterator<Path> children(Path dir) {
            try {
                if (options.sorted()) {
                    List<String> names = new ArrayList<>();
                    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
                        for (Path p : s) {
                            names.add(p.getFileName().toString());
                        }
                    }
                    Collections.sort(names);
                    return names.stream().map(dir::resolve).iterator();
                }
                DirectoryStream<Path> s = Files.newDirectoryStream(dir);
                open.add(s);
                return s.iterator();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
            }
        }

        @Override
        protected Path computeNext() {
            while (!stack.isEmpty()) {
                Iterator<Path> top = stack.peek();
                if (!top.hasNext()) {
                    stack.pop();
                    continue;
                }
                Path p = top.next();
                if (Files.isDirectory(p)) {
                    stack.push(children(p));
                } else if (wanted(root, p)) {
                    return p;
                }
            }
            closeListings();
            return null;
        }

        private void closeListings() {
            for (DirectoryStream<Path> s : open) {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // listing finished
                }
            }
            open.clear();
        }
    }

    /**
     * How many documents the inputs hold, for the progress display: files are counted, JSONL lines too.
     * Returns -1 when it cannot be known without reading the stream (standard input). Reads no text.
     */
    public long countDocuments() {
        long total = 0;
        Iterator<String> all = allInputs();
        while (all.hasNext()) {
            String input = all.next();
            if (input.equals(STDIN)) {
                return -1;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                for (FileWalk walk = new FileWalk(path); walk.hasNext(); ) {
                    total += countIn(walk.next());
                }
            } else {
                total += countIn(path);
            }
        }
        return total;
    }

    private long countIn(Path file) {
        if (formatOf(file) != InputFormat.jsonl) {
            return 1;
        }
        long lines = 0;
        try (InputStream in = open(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            int last = '\n';
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
            return last == '\n' ? lines : lines + 1;
        } catch (IOException e) {
            return 1;
        }
    }

    /** Paths of a --from-list file, one per line (blank lines and # comments skipped), read lazily. */
    static final class ListedPaths extends LookAhead<String> {
        private final BufferedReader reader;

        ListedPaths(Path list) {
            try {
                this.reader = Files.newBufferedReader(list, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot read list of inputs " + list + ": " + e.getMessage());
            }
        }

        @Override
        protected String computeNext() {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank() && !line.strip().startsWith("#")) {
                        return line.strip();
                    }
                }
                reader.close();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One document per JSONL line; a line that is not a valid record becomes an error document naming its line number. */
    final class JsonlReader extends LookAhead<Document> {
        private final String name;
        private final InputStream in;
        private long lineNumber;

        JsonlReader(String name, InputStream in) {
            this.name = name;
            this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        }

        @Override
        protected Document computeNext() {
            for (byte[] line = readLine(); line != null; line = readLine()) {
                if (!isBlank(line)) {
                    return parse(line);
                }
            }
            closeQuietly();
            return null;
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
                raw = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString();
            } catch (CharacterCodingException e) {
                return Document.failed(where, options.defaultDate(), InputError.ENCODING, "line " + lineNumber + " is not valid UTF-8");
            }
            JsonNode record;
            try {
                record = JSON.readTree(raw);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return Document.failed(where, options.defaultDate(), InputError.MALFORMED_JSON,
                        "line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
            }
            if (record == null || !record.isObject()) {
                return Document.failed(where, options.defaultDate(), InputError.MALFORMED_JSON, "line " + lineNumber + " is not a JSON object");
            }
            JsonNode idNode = record.get(options.idField());
            String id = idNode == null || idNode.isNull() ? where : idNode.asText();
            String date;
            try {
                JsonNode dateNode = record.hasNonNull(options.dateField()) ? record.get(options.dateField()) : record.get("doc_date");
                date = dateNode == null || dateNode.isNull() ? options.defaultDate() : checkDate(dateNode.asText());
            } catch (IllegalArgumentException e) {
                return Document.failed(id, options.defaultDate(), InputError.BAD_FIELD, "line " + lineNumber + ": " + e.getMessage());
            }
            JsonNode text = record.get(options.textField());
            if (text == null || !text.isTextual()) {
                return Document.failed(id, date, InputError.BAD_FIELD,
                        "line " + lineNumber + " has no string field \"" + options.textField() + "\"");
            }
            return TextDecoder.checkText(id, text.asText(), date, options.maxChars());
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
