package dev.newsie.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;

/**
 * Reads the command line's inputs as one lazy stream of documents, in input order: text and HTML
 * files (gzip-compressed too), directories (walked lazily, filtered by globs), JSONL files, a file
 * listing paths (--from-list) and standard input. Every path named on the command line is checked
 * before the first document is read, so a typo fails fast (exit 2).
 *
 * <p>Document ids: a JSONL record's id field; else the file's path relative to the input root given:
 * below a directory argument, relative to that directory; for a file argument (or a listed path), its
 * file name, so that {@code x.txt}, {@code ./x.txt}, {@code /abs/x.txt} and the walk of {@code .} agree.
 * A record without an id is {@code NAME:LINE}. An id already given out gets {@code #N}, the smallest
 * N from 2 that no earlier document of the run holds.
 *
 * <p>Web pages are read here but parsed by {@link #complete}, which the caller runs on a worker
 * thread, so that a hostile page falls under the per-document time limit.
 */
public final class DocumentSource implements Iterator<Document> {
    public static final String STDIN = "-";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputOptions options;
    private final Supplier<InputStream> stdin;
    private final List<String> inputs;
    private final Path fromList;
    private final Iterator<String> pendingInputs;
    private final UniqueIds ids = new UniqueIds();
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final Set<Path> ownFiles = new HashSet<>();
    private Consumer<String> warnings = w -> { };
    private Iterator<Document> current = Collections.emptyIterator();

    public DocumentSource(List<String> inputs, Path fromList, InputOptions options, Supplier<InputStream> stdin) {
        this.options = options;
        this.stdin = stdin;
        for (String input : inputs) {
            if (!input.equals(STDIN) && !Files.exists(Path.of(input))) {
                throw new UsageException(Files.isSymbolicLink(Path.of(input))
                        ? "input is a " + FileProblems.brokenLink(Path.of(input)) + ": " + input
                        : "input not found: " + input);
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

    /** Compatibility constructor: no path list, default field names and filters. */
    public DocumentSource(List<String> inputs, InputFormat format, long maxChars, Supplier<InputStream> stdin) {
        this(inputs, null, InputOptions.defaults().withFormat(format).withMaxChars(maxChars), stdin);
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

    /**
     * newsie's own output files: never read as input, even when they lie in a directory being walked. An
     * input named on the command line (or the --from-list file, or standard input redirected from a file)
     * that is one of them is a usage error: opening the output would destroy it before it is read.
     */
    public DocumentSource skipping(Path... files) {
        for (Path f : files) {
            if (f == null) {
                continue;
            }
            for (String input : inputs) {
                Path in = input.equals(STDIN) ? Path.of("/dev/stdin") : Path.of(input);
                if (!Files.isDirectory(in) && sameFile(in, f)) {
                    throw new UsageException("the output file " + f + " is also an input"
                            + (input.equals(STDIN) ? " (standard input)" : "") + ": writing it would destroy it before it is read");
                }
            }
            if (fromList != null && sameFile(fromList, f)) {
                throw new UsageException("the output file " + f + " is also the --from-list file: writing it would destroy the list");
            }
            ownFiles.add(f.toAbsolutePath().normalize());
        }
        return this;
    }

    /** Where notes about the inputs go that are no document's error (a directory reached twice through links). */
    public DocumentSource warningsTo(Consumer<String> sink) {
        this.warnings = sink;
        return this;
    }

    /** The same file, however it is spelled (links, "./", hard links); a file not yet created by its normal path. */
    public static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the paths
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** One of the own files: by path, or (for a file of the same name: a link, another spelling) by identity. */
    private boolean isOwnFile(Path p) {
        if (ownFiles.isEmpty()) {
            return false;
        }
        if (ownFiles.contains(p.toAbsolutePath().normalize())) {
            return true;
        }
        for (Path own : ownFiles) {
            if (own.getFileName() != null && own.getFileName().equals(p.getFileName()) && sameFile(own, p)) {
                return true;
            }
        }
        return false;
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

    private Document withUniqueId(Document doc) {
        String unique = ids.unique(doc.id());
        return unique.equals(doc.id()) ? doc : doc.withId(unique);
    }

    /** The id base of a file named on the command line or listed: its name (the root is its directory). */
    static String fileId(String input) {
        Path name = Path.of(input).toAbsolutePath().normalize().getFileName();
        return name == null ? input : name.toString();
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
        String id = fileId(input);
        if (!Files.exists(path)) {
            String why = Files.isSymbolicLink(path) ? FileProblems.brokenLink(path) : "input not found";
            return one(Document.failed(id, null, InputError.UNREADABLE, "cannot read " + input + ": " + why));
        }
        if (Files.isDirectory(path)) {
            return new DirectoryWalk(path);
        }
        if (isOwnFile(path)) {
            return one(Document.failed(id, null, InputError.UNREADABLE,
                    "not read: " + input + " is this run's own output file"));
        }
        // a named pipe or device named explicitly is read as a stream (process substitution: <(zcat x.gz))
        return openFile(path, id, input);
    }

    private Iterator<Document> openFile(Path path, String id, String shown) {
        InputFormat format = formatOf(path);
        if (format == InputFormat.jsonl) {
            try {
                return new JsonlReader(id, open(path));
            } catch (IOException e) {
                return one(Document.failed(id, null, InputError.UNREADABLE, "cannot read " + shown + ": " + FileProblems.why(e, path)));
            }
        }
        return one(readFile(path, id, shown, format));
    }

    private static Iterator<Document> one(Document d) {
        return List.of(d).iterator();
    }

    private InputFormat formatOf(Path path) {
        if (options.format() != InputFormat.auto) {
            return options.format();
        }
        InputFormat byName = InputFormat.ofFileName(path.getFileName().toString());
        return byName == null ? InputFormat.text : byName;
    }

    private static InputStream open(Path path) throws IOException {
        // a pipe through FileInputStream: the NIO stream fails on it ("Illegal seek") once BufferedInputStream asks available()
        InputStream raw = Files.isRegularFile(path) ? Files.newInputStream(path) : new FileInputStream(path.toFile());
        InputStream in = new BufferedInputStream(raw, 1 << 16);
        return path.getFileName().toString().endsWith(".gz") ? new BufferedInputStream(new GZIPInputStream(in), 1 << 16) : in;
    }

    private Document readFile(Path path, String id, String shown, InputFormat format) {
        try (InputStream in = open(path)) {
            return readStream(id, in, format);
        } catch (IOException e) {
            return Document.failed(id, null, InputError.UNREADABLE, "cannot read " + shown + ": " + FileProblems.why(e, path));
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

    /** Reads at most what --max-chars allows, so a huge file never fills the heap. A page is parsed later, by {@link #complete}. */
    private Document readStream(String id, InputStream in, InputFormat format) {
        long limit = options.maxFileBytes();
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
            if (bytes.length > limit) {
                return Document.failed(id, null, InputError.TOO_LARGE,
                        "document is over the limit of " + options.maxChars() + " characters (--max-chars)");
            }
            if (format != InputFormat.html) {
                return TextDecoder.decode(id, bytes, null, options.maxChars());
            }
            Document page = TextDecoder.decode(id, bytes, null, Long.MAX_VALUE);
            return page.failed() ? page : new Document(id, page.text(), null, null, Document.HTML_PAGE);
        } catch (IOException e) {
            return Document.failed(id, null, InputError.UNREADABLE, "cannot read " + id + ": " + FileProblems.why(e, null));
        }
    }

    /**
     * The document ready for analysis: a web page is parsed into its article text, date and URL. Runs on
     * the worker thread, under the per-document time limit; other documents pass through unchanged.
     */
    public Document complete(Document doc) {
        return complete(doc, options);
    }

    /** {@link #complete(Document)} for a document read with {@code options} elsewhere (a Spark executor). */
    public static Document complete(Document doc, InputOptions options) {
        if (!doc.pending()) {
            return doc;
        }
        HtmlArticle article;
        try {
            article = HtmlArticle.parse(doc.text());
        } catch (RuntimeException | StackOverflowError e) {
            return Document.failed(doc.id(), doc.docDate(), InputError.PROCESSING, "cannot parse the page: " + e);
        }
        return TextDecoder.checkText(doc.id(), article.text(), article.date(), options.maxChars()).fromHtml().withUrl(article.url());
    }

    /**
     * A record's URL field: absent, null, empty or not an absolute URL means none (characters a URI may not hold
     * as written are percent-encoded first).
     */
    public static String recordUrl(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isTextual() && node.asText().isBlank()) {
            return null;
        }
        // the address is metadata: one that is no absolute URL is left out, and the article is still read
        return node.isTextual() ? Urls.absolute(node.asText()) : null;
    }

    /** The error record of a file that could not be opened ({@code shown}: the path as the user gave it). */
    public static Document unreadable(String id, String shown, IOException e) {
        return Document.failed(id, null, InputError.UNREADABLE, "cannot read " + shown + ": " + FileProblems.why(e, null));
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
        if (isOwnFile(file)) {
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
            this.files = new FileWalk(root, p -> wanted(root, p), options.sorted(), warnings);
        }

        @Override
        protected Document computeNext() {
            while (!inFile.hasNext()) {
                if (!files.hasNext()) {
                    return null;
                }
                FileWalk.Entry next = files.next();
                Path path = next.path();
                String id = path.equals(root) ? fileId(root.toString()) : root.relativize(path).toString();
                if (next.problem() != null) {
                    inFile = one(Document.failed(id, null, InputError.UNREADABLE, next.problem()));
                } else if (!Files.isRegularFile(path)) {
                    // a FIFO would block the run for ever, a device would never end: neither is an article
                    inFile = one(Document.failed(id, null, InputError.UNREADABLE,
                            "skipped " + path + ": " + FileProblems.notRegular(path)));
                } else {
                    inFile = openFile(path, id, path.toString());
                }
            }
            return inFile.next();
        }
    }

    /**
     * How many documents the inputs hold, for the progress display: files are counted, JSONL lines too.
     * Returns -1 when it cannot be known without consuming a stream: standard input, a named pipe or
     * process substitution, a list of inputs that is not a regular file. Never opens anything that can
     * be read only once, and reads no text.
     */
    public long countDocuments() {
        if (fromList != null && !Files.isRegularFile(fromList)) {
            return -1;
        }
        long total = 0;
        Iterator<String> all = allInputs();
        while (all.hasNext()) {
            String input = all.next();
            if (input.equals(STDIN)) {
                return -1;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                for (FileWalk walk = new FileWalk(path, p -> wanted(path, p), options.sorted(), w -> { }); walk.hasNext(); ) {
                    total += countIn(walk.next().path());
                }
            } else if (Files.exists(path) && !Files.isRegularFile(path)) {
                return -1;
            } else {
                total += countIn(path);
            }
        }
        return total;
    }

    private long countIn(Path file) {
        if (!Files.isRegularFile(file) || formatOf(file) != InputFormat.jsonl) {
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
                throw new UsageException("cannot read list of inputs " + list + ": " + FileProblems.why(e, list));
            }
        }

        @Override
        protected String computeNext() {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String path = line.strip();
                    if (path.startsWith("\uFEFF")) {
                        path = path.substring(1).strip();
                    }
                    if (!path.isEmpty() && !path.startsWith("#")) {
                        return path;
                    }
                }
                reader.close();
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * One document per JSONL line; a line that is not a valid record becomes an error document naming its
     * line number. A line longer than {@link InputOptions#maxLineBytes()} is a too-large record, read
     * through without being kept. A UTF-8 byte-order mark before the first record is dropped.
     */
    final class JsonlReader extends LookAhead<Document> {
        private final String name;
        private final InputStream in;
        private final LineReader lines;
        private long lineNumber;

        JsonlReader(String name, InputStream in) {
            this.name = name;
            this.in = in;
            this.lines = new LineReader(in, options.maxLineBytes());
        }

        @Override
        protected Document computeNext() {
            for (LineReader.Line line = readLine(); line != null; line = readLine()) {
                if (line.tooLong()) {
                    return Document.failed(name + ":" + lineNumber, null, InputError.TOO_LARGE,
                            "line " + lineNumber + " has " + line.length() + " bytes, over the limit of " + options.maxLineBytes()
                                    + " for a record (" + InputOptions.LINE_BYTES_PER_CHAR + " bytes a character of --max-chars, "
                                    + "plus 1 MiB for other fields)");
                }
                byte[] bytes = lineNumber == 1 ? withoutBom(line.bytes()) : line.bytes();
                if (!isBlank(bytes)) {
                    return parse(bytes);
                }
            }
            closeQuietly();
            return null;
        }

        private LineReader.Line readLine() {
            try {
                LineReader.Line line = lines.next();
                if (line != null) {
                    lineNumber++;
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + ": " + FileProblems.why(e, null), e);
            }
        }

        private Document parse(byte[] line) {
            String where = name + ":" + lineNumber;
            String raw;
            try {
                raw = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(line)).toString();
            } catch (CharacterCodingException e) {
                return Document.failed(where, null, InputError.ENCODING, "line " + lineNumber + " is not valid UTF-8");
            }
            JsonNode record;
            try (JsonParser parser = JSON.createParser(raw)) {
                record = JSON.readTree(parser);
                if (parser.nextToken() != null) {
                    return Document.failed(where, null, InputError.MALFORMED_JSON, "line " + lineNumber
                            + " has more after its record (column " + parser.currentTokenLocation().getColumnNr()
                            + "): one record per line");
                }
            } catch (JsonProcessingException e) {
                return Document.failed(where, null, InputError.MALFORMED_JSON,
                        "line " + lineNumber + " is not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a string parser does no I/O
            }
            if (record == null || !record.isObject()) {
                return Document.failed(where, null, InputError.MALFORMED_JSON, "line " + lineNumber + " is not a JSON object");
            }
            JsonNode idNode = record.get(options.idField());
            String id = idNode == null || idNode.isNull() ? where : idNode.asText();
            String date;
            try {
                JsonNode dateNode = record.hasNonNull(options.dateField()) ? record.get(options.dateField()) : record.get("doc_date");
                date = dateNode == null || dateNode.isNull() ? null : checkDate(dateNode.asText());
            } catch (IllegalArgumentException e) {
                return Document.failed(id, null, InputError.BAD_FIELD, "line " + lineNumber + ": " + e.getMessage());
            }
            String url;
            try {
                url = recordUrl(record.get(options.urlField()));
            } catch (IllegalArgumentException e) {
                return Document.failed(id, date, InputError.BAD_FIELD, "line " + lineNumber + ": " + e.getMessage());
            }
            JsonNode text = record.get(options.textField());
            if (text == null || !text.isTextual()) {
                return Document.failed(id, date, InputError.BAD_FIELD,
                        "line " + lineNumber + " has no string field \"" + options.textField() + "\"").withUrl(url);
            }
            return TextDecoder.checkText(id, text.asText(), date, options.maxChars()).withUrl(url);
        }

        private String recordUrl(JsonNode node) {
            return DocumentSource.recordUrl(node, options.urlField());
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

    /** The bytes without a leading UTF-8 byte-order mark. */
    static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }
}
