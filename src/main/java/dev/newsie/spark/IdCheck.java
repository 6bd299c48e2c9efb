package dev.newsie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.input.Document;
import dev.newsie.input.DocumentSource;
import dev.newsie.input.InputFormat;
import dev.newsie.input.InputOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Checks a Spark run's output against its input, without Spark: every input document's id (as
 * {@code newsie extract} names it, read by the command line's own input code) must be in the output exactly
 * once, and nothing else; it also says whether the part files, in name order, keep the input order.
 * {@code java -cp target/newsie.jar dev.newsie.spark.IdCheck --output OUT_DIR INPUT...}
 */
@Command(name = "IdCheck", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Check that a newsie Spark run wrote every input document exactly once (no id lost, repeated or unknown).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every id exactly once", "1:ids lost, repeated or unknown", "2:usage error"})
public final class IdCheck implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "The job's inputs (local files or directories), in --input order.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "The job's output directory (JSON Lines part files).")
    Path output;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto", description = "As the job's: auto, text, jsonl or html.")
    InputFormat inputFormat;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id", description = "As the job's (default: ${DEFAULT-VALUE}).")
    String idField;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000", description = "As the job's (default: ${DEFAULT-VALUE}).")
    long maxChars;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new IdCheck()).execute(args));
    }

    /** What the check found; {@code inOrder}: the output lists the ids in input order. */
    record Result(long expected, long written, List<String> missing, List<String> repeated, List<String> unknown, boolean inOrder) {
        boolean ok() {
            return missing.isEmpty() && repeated.isEmpty() && unknown.isEmpty() && expected == written;
        }
    }

    @Override
    public Integer call() throws IOException {
        Result r = check(inputs, new InputOptions(inputFormat, maxChars, idField, "text", "date", List.of(), List.of(), true, "url"), output);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("ids: %d in the input, %d lines in the output; lost %d, repeated %d, unknown %d; in input order: %s%n",
                r.expected(), r.written(), r.missing().size(), r.repeated().size(), r.unknown().size(), r.inOrder() ? "yes" : "no");
        report(out, "lost", r.missing());
        report(out, "repeated", r.repeated());
        report(out, "unknown", r.unknown());
        out.println(r.ok() ? "OK: every input document is in the output exactly once" : "FAILED");
        out.flush();
        return r.ok() ? 0 : 1;
    }

    private static void report(PrintWriter out, String what, List<String> ids) {
        if (!ids.isEmpty()) {
            out.println("  " + what + ": " + String.join(", ", ids.subList(0, Math.min(10, ids.size()))) + (ids.size() > 10 ? ", ..." : ""));
        }
    }

    static Result check(List<String> inputs, InputOptions options, Path output) throws IOException {
        List<String> expected = new ArrayList<>();
        DocumentSource source = new DocumentSource(inputs, null, options, () -> InputStream.nullInputStream());
        while (source.hasNext()) {
            Document doc = source.next();
            expected.add(doc.id());
        }
        List<String> written = new ArrayList<>();
        List<Path> parts;
        try (Stream<Path> files = Files.list(output)) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        for (Path part : parts) {
            InputStream in = Files.newInputStream(part);
            if (part.toString().endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isBlank()) {
                        JsonNode id = JSON.readTree(line).get("id");
                        written.add(id == null ? "(no id)" : id.asText());
                    }
                }
            }
        }
        Set<String> wanted = new HashSet<>(expected);
        Map<String, Integer> seen = new HashMap<>();
        Set<String> repeated = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String id : written) {
            if (seen.merge(id, 1, Integer::sum) == 2) {
                repeated.add(id);
            }
            if (!wanted.contains(id)) {
                unknown.add(id);
            }
        }
        List<String> missing = expected.stream().filter(id -> !seen.containsKey(id)).toList();
        return new Result(expected.size(), written.size(), missing, new ArrayList<>(repeated), unknown, expected.equals(written));
    }
}
