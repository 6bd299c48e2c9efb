package dev.newsie.cli;

import dev.newsie.entities.EntityType;
import dev.newsie.input.Document;
import dev.newsie.input.DocumentSource;
import dev.newsie.input.InputFormat;
import dev.newsie.input.InputOptions;
import dev.newsie.input.LookAhead;
import dev.newsie.input.UsageException;
import dev.newsie.output.JsonLinesWriter;
import dev.newsie.output.ResumableOutput;
import dev.newsie.pipeline.Extractor;
import dev.newsie.pipeline.Models;
import dev.newsie.pipeline.OrderedParallelRunner;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code newsie extract}: articles in, one newsie/1 JSON object per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract entities and relation triples from news articles, as JSON Lines (one object per document, in input order).",
                "INPUT is a text or HTML file, a directory (every .txt/.html/.htm/.jsonl file below it, also gzipped, sorted), "
                        + "a .jsonl file (records with id, text, optional date YYYY-MM-DD), or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_TEXT, ExitCodes.SOME_FAILED_TEXT, ExitCodes.USAGE_TEXT, ExitCodes.FATAL_TEXT})
final class ExtractCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files (.txt, .html, .jsonl, also .gz), directories, or - (stdin).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--from-list", paramLabel = "FILE", description = "Also read the inputs listed in FILE, one path per line.")
    Path fromList;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSON Lines here instead of standard output.")
    Path output;

    @Option(names = "--resume", description = "Append to the existing --output, skipping documents whose id it already holds "
            + "(a partially written last line is repaired first).")
    boolean resume;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write the lines of failed documents to FILE.")
    Path errorsFile;

    @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
    boolean pretty;

    @picocli.CommandLine.Mixin
    DocumentDateOptions dates = new DocumentDateOptions();

    @Option(names = "--types", paramLabel = "LIST", defaultValue = "PERSON,COUNTRY,DATE,ORGANIZATION",
            description = "Entity types to extract, comma-separated (default: ${DEFAULT-VALUE}).")
    String types;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed in parallel (default: available processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--doc-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "A document taking longer gets a timeout error record (default: ${DEFAULT-VALUE}; 0: no limit).")
    double docTimeout;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (by extension: .jsonl JSON Lines, .html/.htm web pages, else plain text; .gz looked through), "
                    + "text, jsonl or html. Applies to - too.")
    InputFormat inputFormat;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files below a directory that match (repeatable; "
            + "default: *.txt, *.html, *.htm, *.jsonl and their .gz).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files below a directory that match (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--unsorted", description = "Walk directories in file-system order, without listing them first.")
    boolean unsorted;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id", description = "JSONL field of the id (default: ${DEFAULT-VALUE}).")
    String idField;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text", description = "JSONL field of the text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--date-field", paramLabel = "NAME", defaultValue = "date",
            description = "JSONL field of the date, YYYY-MM-DD (default: ${DEFAULT-VALUE}; doc_date is read too).")
    String dateField;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
            description = "Documents longer than this get a too-large error record (default: ${DEFAULT-VALUE}).")
    long maxChars;

    @Option(names = "--models", paramLabel = "DIR",
            description = "newsie's rule and gazetteer directory (default: the models/ of the installation).")
    Path modelsDir;

    @Option(names = {"-q", "--quiet"}, description = "No progress display and no summary line on standard error.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's own log lines.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        Set<EntityType> entityTypes;
        try {
            entityTypes = EntityType.parseList(types);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Extractor.DateOptions dateOptions = dates.toDateOptions();
        InputOptions options = new InputOptions(inputFormat, maxChars, idField, textField, dateField,
                includes, excludes, !unsorted);
        DocumentSource source = new DocumentSource(inputs, fromList, options, () -> System.in).skipping(output, errorsFile);
        Set<String> done = resume ? ResumableOutput.prepare(output) : Set.of();
        if (!verbose) {
            RedwoodConfiguration.current().clear().apply();
        }
        Progress progress = new Progress(spec.commandLine().getErr(), !quiet && System.console() != null);
        progress.countInBackground(source::countDocuments);
        Extractor extractor = new Extractor(modelsDir == null ? Models.defaults() : Models.fromDirectory(modelsDir), entityTypes, dateOptions);
        progress.pipelineLoaded();
        Duration limit = Duration.ofMillis(Math.round(docTimeout * 1000));
        Iterator<Document> todo = done.isEmpty() ? source : skipping(source, done, progress);
        try (Writer sink = openOutput(); JsonLinesWriter writer = new JsonLinesWriter(sink, pretty);
             JsonLinesWriter errors = errorsFile == null ? null : new JsonLinesWriter(Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8), false)) {
            OrderedParallelRunner.run(todo, extractor::extract, doc -> extractor.timedOut(doc, limit), limit, result -> {
                writer.write(result);
                if (errors != null && result.failed()) {
                    errors.write(result);
                }
                progress.add(result);
            }, threads);
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e);
        }
        progress.finish(quiet);
        return progress.failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private void checkOptions() {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, not " + threads);
        }
        if (maxChars < 1) {
            throw new UsageException("--max-chars must be positive");
        }
        if (docTimeout < 0) {
            throw new UsageException("--doc-timeout must be 0 (no limit) or more seconds");
        }
        if (resume && output == null) {
            throw new UsageException("--resume needs --output FILE");
        }
        if (resume && pretty) {
            throw new UsageException("--resume reads JSON Lines: it cannot be used with --pretty");
        }
        for (Path file : new Path[] {output, errorsFile}) {
            if (file != null && file.toAbsolutePath().getParent() != null && !Files.isDirectory(file.toAbsolutePath().getParent())) {
                throw new UsageException("output directory not found: " + file.toAbsolutePath().getParent());
            }
        }
        if (modelsDir != null && !Files.isDirectory(modelsDir)) {
            throw new UsageException("models directory not found: " + modelsDir);
        }
    }

    /** Documents whose id the output already holds are counted, not processed. */
    private static Iterator<Document> skipping(Iterator<Document> source, Set<String> done, Progress progress) {
        return new LookAhead<>() {
            @Override
            protected Document computeNext() {
                while (source.hasNext()) {
                    Document d = source.next();
                    if (!done.contains(d.id())) {
                        return d;
                    }
                    progress.skipped();
                }
                return null;
            }
        };
    }

    private Writer openOutput() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        }
        return resume
                ? Files.newBufferedWriter(output, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }
}
