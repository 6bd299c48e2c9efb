package dev.newsie.cli;

import dev.newsie.graph.CypherWriter;
import dev.newsie.graph.ExtractionReader;
import dev.newsie.graph.Graph;
import dev.newsie.graph.GraphBuilder;
import dev.newsie.graph.GraphFormat;
import dev.newsie.graph.JsonLinesGraphWriter;
import dev.newsie.graph.Neo4jCsvWriter;
import dev.newsie.graph.RdfGraphWriter;
import dev.newsie.input.UsageException;
import dev.newsie.pipeline.Models;
import dev.newsie.relations.RelationTypes;
import org.eclipse.rdf4j.rio.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code newsie graph}: extraction output in, one merged graph out (JSON Lines, RDF, Neo4j CSV or Cypher). */
@Command(name = "graph", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge newsie extraction output (JSON Lines, or pretty JSON objects) from many documents into one graph.",
                "Countries merge by Wikidata id, people and organizations by canonical name; relations by subject, "
                        + "canonical relation type (models/relation-types.tsv), object, negation and modality. "
                        + "Documents with an error record are skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:graph written", "1:graph written, some documents had an error record and were skipped",
                "2:usage error (unknown option, bad value, missing input)", "3:fatal error (unreadable input, output)"})
final class GraphCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "JSONL", arity = "0..*", description = "newsie extract output files, or - (stdin, the default).")
    List<String> inputs = List.of("-");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = FormatConverter.class,
            description = "jsonl (default); ntriples, turtle (RDF, one graph); nquads, trig (RDF, one named graph per "
                    + "document, for incremental loading); neo4j (CSV files for neo4j-admin import); cypher (a "
                    + "cypher-shell script that merges into a live database).")
    GraphFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here instead of standard output; for neo4j a directory (required).")
    Path output;

    @Option(names = "--models", paramLabel = "DIR",
            description = "newsie's rule directory, for the relation types (default: the models/ of the installation).")
    Path modelsDir;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on standard error.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        checkArguments();
        Models models = modelsDir == null ? Models.defaults() : Models.fromDirectory(modelsDir);
        GraphBuilder builder = new GraphBuilder(RelationTypes.load(models::lines));
        for (String input : inputs) {
            try (InputStream in = "-".equals(input) ? System.in : Files.newInputStream(Path.of(input))) {
                ExtractionReader.read(in, input, builder::add);
            }
        }
        Graph graph = builder.graph();
        write(graph);
        if (!quiet) {
            spec.commandLine().getErr().printf("newsie: %d documents read, %d skipped (error records), %d nodes, %d relations%n",
                    graph.documents().size() + graph.skipped(), graph.skipped(), graph.nodes().size(), graph.edges().size());
        }
        return graph.skipped() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** Every mistake in the call is reported before anything is read or written. */
    private void checkArguments() {
        for (String input : inputs) {
            if (!"-".equals(input) && !Files.isRegularFile(Path.of(input))) {
                throw new UsageException("input not found: " + input);
            }
        }
        if (format == GraphFormat.NEO4J && output == null) {
            throw new UsageException("--format neo4j needs -o DIRECTORY (it writes " + String.join(", ", Neo4jCsvWriter.FILES) + ")");
        }
        if (modelsDir != null && !Files.isDirectory(modelsDir)) {
            throw new UsageException("models directory not found: " + modelsDir);
        }
        Path parent = output == null ? null : output.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UsageException("output directory not found: " + parent);
        }
    }

    private void write(Graph graph) throws IOException {
        if (format == GraphFormat.NEO4J) {
            Neo4jCsvWriter.write(graph, output);
            return;
        }
        OutputStream stream = output == null ? System.out : Files.newOutputStream(output);
        try (OutputStream out = new BufferedOutputStream(output == null ? new NonClosing(stream) : stream)) {
            switch (format) {
                case JSONL -> {
                    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    JsonLinesGraphWriter.write(graph, text);
                    text.flush();
                }
                case CYPHER -> {
                    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    CypherWriter.write(graph.documents(), text);
                    text.flush();
                }
                case NTRIPLES -> RdfGraphWriter.write(graph, RDFFormat.NTRIPLES, out);
                case TURTLE -> RdfGraphWriter.write(graph, RDFFormat.TURTLE, out);
                case NQUADS -> RdfGraphWriter.write(graph, RDFFormat.NQUADS, out);
                case TRIG -> RdfGraphWriter.write(graph, RDFFormat.TRIG, out);
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        }
    }

    /** Standard output stays open for whatever runs after the command (tests run several in one JVM). */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<GraphFormat> {
        @Override
        public GraphFormat convert(String value) {
            try {
                return GraphFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
