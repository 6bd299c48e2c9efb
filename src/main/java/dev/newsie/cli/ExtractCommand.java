package dev.newsie.cli;

import dev.newsie.entities.EntityType;
import dev.newsie.input.DocumentSource;
import dev.newsie.input.InputFormat;
import dev.newsie.input.UsageException;
import dev.newsie.output.ExtractionResult;
import dev.newsie.output.JsonLinesWriter;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** {@code newsie extract}: articles in, one newsie/1 JSON object per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract entities and relation triples from news articles, as JSON Lines (one object per document, in input order).",
                "INPUT is a text file, a directory (every *.txt below it, sorted), a .jsonl file (records with id, text, "
                        + "optional date YYYY-MM-DD), or - for standard input."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document processed", "1:some documents got an error record",
                "2:usage error (unknown option, bad value, missing input)", "3:fatal error (models, output)"})
final class ExtractCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, directories, .jsonl files, or - (stdin).")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write JSON Lines here instead of standard output.")
    Path output;

    @Option(names = "--pretty", description = "Indent the JSON (one object spans several lines).")
    boolean pretty;

    @Option(names = "--doc-date", paramLabel = "YYYY-MM-DD",
            description = "Reference date for relative dates (\"the 13th\", \"last May\") when a record has none.")
    String docDate;

    @Option(names = "--types", paramLabel = "LIST", defaultValue = "PERSON,COUNTRY,DATE,ORGANIZATION",
            description = "Entity types to extract, comma-separated (default: ${DEFAULT-VALUE}).")
    String types;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed in parallel (default: available processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (by extension: .jsonl is JSON Lines, anything else plain text), text or jsonl. Applies to - too.")
    InputFormat inputFormat;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
            description = "Documents longer than this get a too-large error record (default: ${DEFAULT-VALUE}).")
    long maxChars;

    @Option(names = "--models", paramLabel = "DIR",
            description = "newsie's rule and gazetteer directory (default: the models/ of the installation).")
    Path modelsDir;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on standard error.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's own log lines.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (threads < 1) {
            throw new UsageException("--threads must be at least 1, not " + threads);
        }
        if (maxChars < 1) {
            throw new UsageException("--max-chars must be positive");
        }
        String defaultDate;
        Set<EntityType> entityTypes;
        try {
            defaultDate = DocumentSource.checkDate(docDate);
            entityTypes = EntityType.parseList(types);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (output != null && output.getParent() != null && !Files.isDirectory(output.getParent())) {
            throw new UsageException("output directory not found: " + output.getParent());
        }
        if (modelsDir != null && !Files.isDirectory(modelsDir)) {
            throw new UsageException("models directory not found: " + modelsDir);
        }
        DocumentSource source = new DocumentSource(inputs, inputFormat, defaultDate, maxChars, () -> System.in);
        if (!verbose) {
            RedwoodConfiguration.current().clear().apply();
        }
        long started = System.nanoTime();
        Extractor extractor = new Extractor(modelsDir == null ? Models.defaults() : Models.fromDirectory(modelsDir), entityTypes);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        RunSummary summary = new RunSummary();
        try (Writer sink = openOutput(); JsonLinesWriter writer = new JsonLinesWriter(sink, pretty)) {
            OrderedParallelRunner.run(source, extractor::extract, result -> {
                writer.write(result);
                summary.add(result);
            }, threads);
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (!quiet) {
            spec.commandLine().getErr().println(summary.line(loadSeconds, (System.nanoTime() - started) / 1e9));
        }
        return summary.failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private Writer openOutput() throws IOException {
        if (output == null) {
            return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        }
        return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    }

    /** Counts for the one-line summary on standard error. */
    static final class RunSummary {
        long documents;
        long failed;
        long tokens;
        final Map<String, Long> failures = new TreeMap<>();

        void add(ExtractionResult r) {
            documents++;
            tokens += r.tokens();
            if (r.failed()) {
                failed++;
                failures.merge(r.error().kind(), 1L, Long::sum);
            }
        }

        String line(double loadSeconds, double totalSeconds) {
            double work = Math.max(totalSeconds - loadSeconds, 1e-9);
            return String.format(java.util.Locale.ROOT,
                    "newsie: %d documents, %d failed%s, %d tokens in %.1f s (pipeline load %.1f s; %.1f docs/s, %.0f tokens/s)",
                    documents, failed, failures.isEmpty() ? "" : " " + failures, tokens, totalSeconds, loadSeconds,
                    documents / work, tokens / work);
        }
    }
}
