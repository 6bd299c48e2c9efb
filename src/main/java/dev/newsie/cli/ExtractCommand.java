package dev.newsie.cli;

import dev.newsie.entities.EntityType;
import dev.newsie.input.Document;
import dev.newsie.input.DocumentSource;
import dev.newsie.input.InputFormat;
import dev.newsie.input.InputOptions;
import dev.newsie.input.LookAhead;
import dev.newsie.input.UsageException;
import dev.newsie.output.CheckedOutput;
import dev.newsie.output.EventRecordsWriter;
import dev.newsie.output.JsonLinesWriter;
import dev.newsie.output.OutputFailedException;
import dev.newsie.output.ResultWriter;
import dev.newsie.output.ResumableOutput;
import dev.newsie.pipeline.Extractor;
import dev.newsie.pipeline.OrderedParallelRunner;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                        + "a .jsonl file (records with id, text, optional date YYYY-MM-DD and url), or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_TEXT, ExitCodes.SOME_FAILED_TEXT, ExitCodes.USAGE_TEXT, ExitCodes.FATAL_TEXT})
final class ExtractCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files (.txt, .html, .jsonl, also .gz), directories, or - (stdin).")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--from-list", paramLabel = "FILE", description = "Also read the inputs listed in FILE, one path per line.")
    Path fromList;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSON Lines here instead of standard output.")
    Path output;

    @Option(names = "--resume", description = "Append to the existing --output (and --errors), skipping documents whose id it "
            + "already holds (a partially written last line is repaired first).")
    boolean resume;

    @Option(names = "--errors", paramLabel = "FILE", description = "Also write the lines of failed documents to FILE.")
    Path errorsFile;

    @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
    boolean pretty;

    /** What one output line is. */
    enum OutputFormat { newsie, events }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "newsie",
            description = "newsie (default): one newsie/1 object per document; events: one PLOVER-style record per coded "
                    + "event (a document that failed: one record with its error).")
    OutputFormat format;

    @Mixin
    ModelOptions model;

    @Option(names = "--threads", paramLabel = "N", converter = OptionValues.Threads.class,
            description = "Documents processed in parallel, 1 to " + OptionValues.MAX_THREADS
                    + " (default: available processors, ${DEFAULT-VALUE}).")
    int threads = Math.min(Runtime.getRuntime().availableProcessors(), OptionValues.MAX_THREADS);

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

    @Mixin
    DocumentOptions document;

    @Option(names = {"-q", "--quiet"}, description = "No progress display and no summary line on standard error.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's own log lines.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        Set<EntityType> entityTypes = document.entityTypes();
        Extractor.DateOptions dateOptions = model.dateOptions();
        InputOptions options = document.inputOptions(inputFormat, includes, excludes, !unsorted);
        Progress progress = new Progress(spec.commandLine().getErr(), !quiet && System.console() != null);
        DocumentSource source = new DocumentSource(inputs, fromList, options, () -> System.in)
                .skipping(output == null ? main.stdoutFile() : output, errorsFile).warningsTo(progress::warn);
        Set<String> done = Set.of();
        if (resume) {
            done = ResumableOutput.prepare(output);
            if (errorsFile != null) {
                ResumableOutput.cutPartialLastLine(errorsFile); // appended to, never truncated
            }
        }
        if (!verbose) {
            RedwoodConfiguration.current().clear().apply();
        }
        progress.countInBackground(source::countDocuments);
        Extractor extractor = new Extractor(model.models(), entityTypes, dateOptions);
        progress.pipelineLoaded();
        Duration limit = document.timeLimit();
        Iterator<Document> todo = done.isEmpty() ? source : skipping(source, done, progress);
        try (OutputStream sink = output == null ? main.stdout() : CheckedOutput.file(output, resume);
             OutputStream errorSink = errorsFile == null ? null : CheckedOutput.file(errorsFile, resume);
             ResultWriter writer = format == OutputFormat.events ? new EventRecordsWriter(utf8(sink), pretty)
                     : new JsonLinesWriter(utf8(sink), pretty);
             JsonLinesWriter errors = errorSink == null ? null : new JsonLinesWriter(utf8(errorSink), false)) {
            OrderedParallelRunner.run(todo, doc -> extractor.extract(source.complete(doc)), doc -> extractor.timedOut(doc, limit), limit,
                    result -> {
                        writer.write(result);
                        if (errors != null && result.failed()) {
                            errors.write(result);
                        }
                        progress.add(result);
                    }, threads);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof OutputFailedException failed) {
                throw new OutputFailedException(failed.getMessage() + "; stopped after " + progress.documents + " documents", failed);
            }
            throw new IOException(e.getMessage(), e);
        }
        progress.finish(quiet);
        return progress.failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private static BufferedWriter utf8(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Mistakes that no single option value shows, found before anything is read or written. */
    private void checkOptions() {
        if (resume && output == null) {
            throw new UsageException("--resume needs --output FILE");
        }
        if (resume && format == OutputFormat.events) {
            throw new UsageException("--resume needs newsie/1 output (one line per document): it cannot be used with --format events");
        }
        if (resume && pretty) {
            throw new UsageException("--resume reads JSON Lines: it cannot be used with --pretty");
        }
        if (output != null && errorsFile != null && DocumentSource.sameFile(output, errorsFile)) {
            throw new UsageException("--output and --errors are the same file (" + output + "): give two files");
        }
        for (Path file : new Path[] {output, errorsFile}) {
            if (file == null) {
                continue;
            }
            if (Files.isDirectory(file)) {
                throw new UsageException("output " + file + " is a directory: give a file");
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new UsageException("output directory not found: " + parent);
            }
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
}
