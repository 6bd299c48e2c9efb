package dev.newsie.graph;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The graph (see {@link Neo4jModel}) as the CSV files of {@code neo4j-admin database import full}: entity,
 * document and source nodes, relations and mentions, with typed headers ({@code documents:long},
 * {@code firstDate:date}) and ID spaces, in the tool's defaults (comma, {@code "} quotes doubled inside,
 * {@code ;} between array elements). Values are written as they are: a document id holding a comma, a
 * quote or a {@code ;} is quoted, never changed, and no id is ever an array element.
 */
public final class Neo4jCsvWriter {
    public static final String NODES = "nodes.csv";
    public static final String DOCUMENTS = "documents.csv";
    public static final String SOURCES = "sources.csv";
    public static final String RELATIONSHIPS = "relationships.csv";
    public static final String MENTIONS = "mentions.csv";
    public static final List<String> FILES = List.of(NODES, DOCUMENTS, SOURCES, RELATIONSHIPS, MENTIONS);

    /** A CSV column: its typed header and the property it holds. */
    private record Column(String header, String property) {
        static Column of(String header) {
            String name = header.contains(":") ? header.substring(0, header.indexOf(':')) : header;
            return new Column(header, name);
        }
    }

    private static final List<Column> NODE_COLUMNS = columns("id:ID(Entity)", ":LABEL", "name", "type", "iso3", "wikidata", "iri");
    private static final List<Column> DOCUMENT_COLUMNS = columns("id:ID(Document)", ":LABEL", "iri", "url", "docDate:date");
    private static final List<Column> SOURCE_COLUMNS = columns("id:ID(Source)", ":LABEL", "statement", "subject", "object",
            "document", "sentence:long", "start:long", "end:long", "text", "predicate", "date:date", "dateValue",
            "confidence:double", "rule");
    private static final List<Column> RELATIONSHIP_COLUMNS = columns(":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "id",
            "relation", "role", "negated:boolean", "modality", "symmetric:boolean", "kind", "wikidata", "plover", "cameo", "mode",
            "predicates:string[]", "documents:long", "sentences:long", "firstDate:date", "lastDate:date", "confidence:double");
    private static final List<Column> MENTION_COLUMNS = columns(":START_ID(Document)", ":END_ID(Entity)", ":TYPE", "mentions:long");

    private Neo4jCsvWriter() {
    }

    private static List<Column> columns(String... headers) {
        return java.util.Arrays.stream(headers).map(Column::of).toList();
    }

    /** Writes the five files into {@code directory} (created if needed). */
    public static void write(Graph graph, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (Writer out = open(directory, NODES, NODE_COLUMNS)) {
            for (GraphNode n : graph.nodes()) {
                Map<String, Object> p = Neo4jModel.entity(n.id(), n.type(), n.name(), n.iso3(), n.wikidata());
                p.put(":LABEL", "Entity;" + Neo4jModel.label(n.type()));
                row(out, NODE_COLUMNS, p);
            }
        }
        try (Writer docs = open(directory, DOCUMENTS, DOCUMENT_COLUMNS);
             Writer mentions = open(directory, MENTIONS, MENTION_COLUMNS);
             Writer sources = open(directory, SOURCES, SOURCE_COLUMNS)) {
            for (DocumentFacts d : graph.documents()) {
                Map<String, Object> p = Neo4jModel.document(d.document());
                p.put(":LABEL", "Document");
                row(docs, DOCUMENT_COLUMNS, p);
                for (DocumentFacts.EntityRef e : d.entities()) {
                    row(mentions, MENTION_COLUMNS, Map.of(":START_ID(Document)", d.document().id(), ":END_ID(Entity)", e.id(),
                            ":TYPE", "MENTIONS", "mentions", (long) e.mentions()));
                }
                for (DocumentFacts.Fact f : d.facts()) {
                    Map<String, Object> s = Neo4jModel.source(f.source(), f.key());
                    s.put(":LABEL", "Source");
                    row(sources, SOURCE_COLUMNS, s);
                }
            }
        }
        try (Writer out = open(directory, RELATIONSHIPS, RELATIONSHIP_COLUMNS)) {
            for (GraphEdge e : graph.edges()) {
                Map<String, Object> p = Neo4jModel.relation(e.key(), e.type());
                p.putAll(Neo4jModel.totals(e));
                p.put(":START_ID(Entity)", e.key().subject());
                p.put(":END_ID(Entity)", e.key().object());
                p.put(":TYPE", Neo4jModel.relationshipType(e.key().relation()));
                row(out, RELATIONSHIP_COLUMNS, p);
            }
        }
    }

    private static Writer open(Path directory, String file, List<Column> columns) throws IOException {
        Writer out = Files.newBufferedWriter(directory.resolve(file), StandardCharsets.UTF_8);
        List<String> header = new ArrayList<>();
        columns.forEach(c -> header.add(c.header()));
        line(out, header);
        return out;
    }

    private static void row(Writer out, List<Column> columns, Map<String, Object> properties) throws IOException {
        List<String> fields = new ArrayList<>();
        for (Column c : columns) {
            Object value = properties.get(c.header().startsWith(":") ? c.header() : c.property());
            fields.add(format(value));
        }
        line(out, fields);
    }

    private static String format(Object value) {
        if (value == null) {
            return ""; // an empty field means "no property" to the importer
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (element.toString().indexOf(';') >= 0) {
                    throw new IllegalStateException("array element holds the array delimiter ';': " + element);
                }
            }
            return String.join(";", list.stream().map(Object::toString).toList());
        }
        return value.toString();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    /**
     * RFC 4180 quoting where a field needs it. A line break inside a value is kept inside the quotes
     * (import with {@code --multiline-fields=true} when ids or texts hold one).
     */
    static String quote(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                && !field.startsWith(" ") && !field.endsWith(" ");
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }
}
