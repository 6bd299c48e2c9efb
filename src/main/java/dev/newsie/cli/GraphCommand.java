package dev.newsie.cli;

import dev.newsie.graph.ExtractionReader;
import dev.newsie.graph.Graph;
import dev.newsie.graph.GraphBuilder;
import dev.newsie.graph.GraphFormat;
import dev.newsie.graph.GraphOutput;
import dev.newsie.graph.Neo4jCsvWriter;
import dev.newsie.input.DocumentSource;
import dev.newsie.input.UsageException;
import dev.newsie.output.CheckedOutput;
import dev.newsie.relations.RelationTypes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code newsie graph}: extraction output in, one merged graph out (JSON Lines, RDF, Neo4j CSV or Cypher). */
@Command(name = "graph", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge newsie extraction output (JSON Lines, or pretty JSON objects) from many documents into one graph.",
                "Countries merge by Wikidata id, people and organizations by canonical name; relations by subject, "
                        + "canonical relation type (models/relation-types.tsv), object, negation and modality. "
                        + "Documents with an error record are skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:graph written", "1:graph written, some documents were skipped (error records, an incomplete last line)",
                "2:usage error (unknown option, bad value, missing input, input that is not newsie/1 output)",
                "3:fatal error (output not writable, graph too large for the heap)"})
final class GraphCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "JSONL", arity = "0..*", description = "newsie extract output files, or - (stdin, the default).")
    List<String> inputs = List.of("-");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = OptionValues.GraphFormatName.class,
            description = "jsonl (default), ntriples, turtle, or neo4j (nodes.csv and relationships.csv for neo4j-admin import).")
    GraphFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here instead of standard output; for neo4j a directory (required; new or empty, or give --force).")
    Path output;

    @Option(names = "--force", description = "--format neo4j: write into a directory that is not empty (replacing its "
            + "import files).")
    boolean force;

    @picocli.CommandLine.Mixin
    ModelsOption models = new ModelsOption();

    @Option(names = "--country-level", description = "Roll people and organizations up to their countries: one relation per "
            + "(source country, PLOVER event type, target country), negation and modality, with its counts, first and last date "
            + "and sources. Only typed events with a country at both ends count.")
    boolean countryLevel;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        checkArguments();
        HeapGuard heap = new HeapGuard();
        long totalBytes = inputBytes();
        long[] bytesRead = {0};
        GraphBuilder builder = new GraphBuilder(RelationTypes.load(models.models()::lines), countryLevel);
        long[] documents = {0};
        long incomplete = 0;
        Graph graph;
        try {
            for (String input : inputs) {
                try (InputStream in = counting("-".equals(input) ? System.in : Files.newInputStream(Path.of(input)), bytesRead)) {
                    long line = ExtractionReader.read(in, input, doc -> {
                        documents[0]++;
                        if (heap.full()) {
                            throw tooLarge(builder, documents[0], bytesRead[0], totalBytes);
                        }
                        builder.add(doc);
                    });
                    if (line > 0) {
                        incomplete++;
                        spec.commandLine().getErr().printf("newsie: %s line %d: the last document is incomplete (a run stopped while "
                                + "writing it?): skipped%n", input, line);
                    }
                }
            }
            graph = builder.graph();
        } catch (OutOfMemoryError e) {
            throw tooLarge(builder, documents[0], bytesRead[0], totalBytes);
        }
        write(graph);
        if (!quiet) {
            spec.commandLine().getErr().printf("newsie: %d documents read, %d skipped (error records)%s, %d nodes, %d relations%n",
                    graph.documents().size() + graph.skipped(), graph.skipped(),
                    incomplete == 0 ? "" : ", " + incomplete + " incomplete last " + (incomplete == 1 ? "line" : "lines") + " skipped",
                    graph.nodes().size(), graph.edges().size());
        }
        return graph.skipped() == 0 && incomplete == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /**
     * The merged graph lives in memory; when it outgrows the heap, say how far it got and how much heap the whole
     * input would need (extrapolated from the share of the input read), rather than thrash and die.
     */
    private static HeapGuard.HeapFullException tooLarge(GraphBuilder builder, long documents, long bytesRead, long totalBytes) {
        long statements = builder.factCount();
        long heapMb = HeapGuard.maxHeapBytes() >> 20;
        long liveMb = Math.max(HeapGuard.liveBytes() >> 20, 1);
        String need;
        if (totalBytes > 0 && bytesRead > 0 && bytesRead < totalBytes) {
            long neededMb = (long) (liveMb * (double) totalBytes / bytesRead * 1.25) + 256;
            need = String.format(Locale.ROOT, "after %.0f%% of the input; the whole input needs at most about %,d MB of heap: "
                    + "run with NEWSIE_JAVA_OPTS='-Xmx%dg'", 100.0 * bytesRead / totalBytes, neededMb, (neededMb + 1023) / 1024);
        } else {
            need = String.format(Locale.ROOT, "give it more heap, e.g. NEWSIE_JAVA_OPTS='-Xmx%dg'", Math.max(2, 2 * ((heapMb + 1023) / 1024)));
        }
        return new HeapGuard.HeapFullException(String.format(Locale.ROOT,
                "the graph does not fit in memory: %,d documents gave %,d relation statements, which filled the "
                        + "%,d MB heap (about %,d bytes a statement, entities included); %s. Nothing was written.",
                documents, statements, heapMb, statements == 0 ? 0 : (liveMb << 20) / statements, need));
    }

    /** Every mistake in the call is reported before anything is read or written. */
    private void checkArguments() {
        for (String input : inputs) {
            if ("-".equals(input)) {
                continue;
            }
            Path path = Path.of(input);
            if (!Files.exists(path)) {
                throw new UsageException("input not found: " + input);
            }
            if (Files.isDirectory(path)) {
                throw new UsageException("input " + input + " is a directory: give newsie extract output files");
            }
            if (output != null && format != GraphFormat.NEO4J && DocumentSource.sameFile(path, output)) {
                throw new UsageException("the output file " + output + " is also an input: writing it would destroy it");
            }
        }
        if (format == GraphFormat.NEO4J) {
            checkNeo4jDirectory();
            return;
        }
        if (output != null && Files.isDirectory(output)) {
            throw new UsageException("output " + output + " is a directory: --format " + format.name().toLowerCase(Locale.ROOT)
                    + " writes one file");
        }
        Path parent = output == null ? null : output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("output directory not found: " + parent);
        }
    }

    private void checkNeo4jDirectory() {
        if (output == null) {
            throw new UsageException("--format neo4j needs -o DIRECTORY (it writes " + String.join(", ", Neo4jCsvWriter.FILES) + ")");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UsageException("-o " + output + " is a file, not a directory: --format neo4j writes "
                    + String.join(", ", Neo4jCsvWriter.FILES) + " into a directory");
        }
        if (Files.isDirectory(output) && !force) {
            try (Stream<Path> entries = Files.list(output)) {
                if (entries.findAny().isPresent()) {
                    throw new UsageException("-o " + output + " is not empty: give a new or empty directory, or --force to replace "
                            + "its import files");
                }
            } catch (IOException e) {
                throw new UsageException("cannot read the output directory " + output + ": " + e.getMessage());
            }
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("output directory not found: " + parent);
        }
    }

    /** The size of the input files, for the memory estimate; -1 when a stream (stdin, a pipe) is among them. */
    private long inputBytes() {
        long total = 0;
        for (String input : inputs) {
            Path path = Path.of(input);
            try {
                if ("-".equals(input) || !Files.isRegularFile(path)) {
                    return -1;
                }
                total += Files.size(path);
            } catch (IOException e) {
                return -1;
            }
        }
        return total;
    }

    private static InputStream counting(InputStream in, long[] bytes) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                bytes[0] += b < 0 ? 0 : 1;
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                bytes[0] += Math.max(n, 0);
                return n;
            }
        };
    }

    private void write(Graph graph) throws IOException {
        if (format == GraphFormat.NEO4J) {
            Neo4jCsvWriter.write(graph, output);
            return;
        }
        try (OutputStream out = new BufferedOutputStream(output == null ? main.stdout() : CheckedOutput.file(output, false))) {
            GraphOutput.write(graph, format, out);
        }
    }
}
