package dev.newsie.graph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The merged graph as the two CSV files of {@code neo4j-admin database import full}: {@code nodes.csv}
 * and {@code relationships.csv}, with typed headers ({@code documents:int}) and the tool's defaults
 * (comma, {@code "} quotes doubled inside, {@code ;} between array elements), so no import options are
 * needed.
 */
public final class Neo4jCsvWriter {
    public static final String NODES = "nodes.csv";
    public static final String RELATIONSHIPS = "relationships.csv";
    public static final List<String> NODE_HEADER = List.of(
            "id:ID", ":LABEL", "name", "type", "iso3", "wikidata", "iri", "documents:int", "mentions:int");
    public static final List<String> RELATIONSHIP_HEADER = List.of(
            ":START_ID", ":END_ID", ":TYPE", "id", "predicate", "negated:boolean", "modality", "symmetric:boolean",
            "documents:int", "sentences:int", "firstDate", "lastDate", "confidence:double",
            "sourceDocuments:string[]", "sourceSentences:int[]", "sourceStarts:int[]", "sourceEnds:int[]");

    private Neo4jCsvWriter() {
    }

    /** Writes both files into {@code directory} (created if needed). */
    public static void write(Graph graph, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer out = Files.newBufferedWriter(directory.resolve(NODES), StandardCharsets.UTF_8)) {
            row(out, NODE_HEADER);
            for (GraphNode n : graph.nodes()) {
                row(out, nodeRow(n));
            }
        }
        try (Writer out = Files.newBufferedWriter(directory.resolve(RELATIONSHIPS), StandardCharsets.UTF_8)) {
            row(out, RELATIONSHIP_HEADER);
            for (GraphEdge e : graph.edges()) {
                row(out, relationshipRow(e));
            }
        }
    }

    static List<String> nodeRow(GraphNode n) {
        return List.of(n.id(), "Entity;" + label(n.type()), n.name(), n.type(), orEmpty(n.iso3()),
                orEmpty(n.wikidata()), n.iri(), Integer.toString(n.documents()), Integer.toString(n.mentions()));
    }

    /**
     * One relationship per merged relation, whatever its modality: Neo4j queries filter on
     * {@code negated} and {@code modality}. A symmetric relation is one relationship with
     * {@code symmetric: true}; match it without direction.
     */
    static List<String> relationshipRow(GraphEdge e) {
        return List.of(e.key().subject(), e.key().object(), relationshipType(e.key().predicate()), e.id(),
                e.key().predicate(), Boolean.toString(e.key().negated()), e.key().modality(),
                Boolean.toString(e.symmetric()), Integer.toString(e.documents()), Integer.toString(e.sentences()),
                orEmpty(e.firstDate()), orEmpty(e.lastDate()), Double.toString(e.confidence()),
                array(e, s -> s.document().replace(';', ',')), // ';' separates array elements
                array(e, s -> Integer.toString(s.sentence())),
                array(e, s -> Integer.toString(s.start())),
                array(e, s -> Integer.toString(s.end())));
    }

    /** "PERSON" -> "Person". */
    static String label(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Neo4j's convention for relationship types: "hold talks with" -> HOLD_TALKS_WITH. */
    public static String relationshipType(String predicate) {
        return NodeIds.slug(predicate).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private static String array(GraphEdge e, Function<Source, String> field) {
        List<String> values = new ArrayList<>();
        for (Source s : e.sources()) {
            values.add(field.apply(s));
        }
        return String.join(";", values);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value; // an empty field means "no property" to the importer
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    /** Quotes what needs it; line breaks become spaces because the importer rejects multi-line fields by default. */
    static String quote(String field) {
        String flat = field.replace('\r', ' ').replace('\n', ' ');
        if (flat.indexOf(',') < 0 && flat.indexOf('"') < 0 && !flat.startsWith(" ") && !flat.endsWith(" ")) {
            return flat;
        }
        return '"' + flat.replace("\"", "\"\"") + '"';
    }
}
