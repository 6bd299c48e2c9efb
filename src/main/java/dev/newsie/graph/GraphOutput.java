package dev.newsie.graph;

import org.eclipse.rdf4j.rio.RDFFormat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes a graph in a one-file format ({@code newsie graph} and the Spark graph job write through here). */
public final class GraphOutput {
    private GraphOutput() {
    }

    /** Every format but neo4j, which writes a directory ({@link Neo4jCsvWriter}); {@code out} is flushed, not closed. */
    public static void write(Graph graph, GraphFormat format, OutputStream out) throws IOException {
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
            default -> throw new IllegalArgumentException("--format " + format + " writes a directory, not one file");
        }
    }
}
