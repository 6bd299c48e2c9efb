package dev.newsie.graph;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.StreamSupport;

/**
 * One embedded Neo4j 5.26 for the graph tests, and the two ways newsie's output gets into it: the admin-import
 * CSVs (read as {@code neo4j-admin database import} reads them) and the cypher-shell script (run as
 * cypher-shell runs it: {@code :param} lines set the parameters, each statement is its own transaction).
 */
final class EmbeddedNeo4j {
    private static DatabaseManagementService dbms;
    private static GraphDatabaseService db;

    private EmbeddedNeo4j() {
    }

    static synchronized GraphDatabaseService db() throws IOException {
        if (db == null) {
            Path dir = Files.createTempDirectory("newsie-neo4j");
            dbms = new DatabaseManagementServiceBuilder(dir).build();
            db = dbms.database("neo4j");
            Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        }
        return db;
    }

    /** Empties the database (the schema stays: the script creates it "IF NOT EXISTS"). */
    static void clear() throws IOException {
        try (Transaction tx = db().beginTx()) {
            tx.execute("MATCH (n) DETACH DELETE n");
            tx.commit();
        }
    }

    static List<Map<String, Object>> query(String cypher) throws IOException {
        try (Transaction tx = db().beginTx()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            var result = tx.execute(cypher);
            List<String> columns = result.columns();
            result.forEachRemaining(row -> {
                Map<String, Object> ordered = new java.util.LinkedHashMap<>();
                columns.forEach(c -> ordered.put(c, row.get(c)));
                rows.add(ordered);
            });
            return rows;
        }
    }

    /** Runs a script of {@code newsie graph --format cypher} statement by statement. */
    static void runScript(String script) throws IOException {
        Map<String, Object> params = Map.of();
        StringBuilder statement = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.startsWith("//") || line.isBlank() && statement.isEmpty()) {
                continue;
            }
            if (line.startsWith(":param ")) {
                try (Transaction tx = db().beginTx()) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> p = (Map<String, Object>) tx.execute("RETURN " + line.substring(7) + " AS p").next().get("p");
                    params = p;
                }
                continue;
            }
            statement.append(line).append('\n');
            if (line.endsWith(";")) {
                try (Transaction tx = db().beginTx()) {
                    tx.execute(statement.substring(0, statement.lastIndexOf(";")), params).close();
                    tx.commit();
                }
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            throw new AssertionError("statement without ';': " + statement);
        }
    }

    /** Loads the CSV files of {@link Neo4jCsvWriter} as the importer does: ID spaces, typed headers, ';' in arrays. */
    static void importCsv(Path directory) throws IOException {
        try (Transaction tx = db().beginTx()) {
            Map<String, Node> nodes = new HashMap<>();
            for (String file : List.of(Neo4jCsvWriter.NODES, Neo4jCsvWriter.DOCUMENTS, Neo4jCsvWriter.SOURCES)) {
                Csv csv = Csv.read(directory.resolve(file));
                for (List<String> row : csv.rows()) {
                    Node node = tx.createNode();
                    for (int i = 0; i < row.size(); i++) {
                        String column = csv.header().get(i);
                        if (column.equals(":LABEL")) {
                            Arrays.stream(row.get(i).split(";")).forEach(l -> node.addLabel(Label.label(l)));
                        } else if (column.contains(":ID(")) {
                            nodes.put(column.substring(column.indexOf('(')) + row.get(i), node);
                            node.setProperty(column.substring(0, column.indexOf(':')), row.get(i));
                        } else {
                            setProperty(node, column, row.get(i));
                        }
                    }
                }
            }
            for (String file : List.of(Neo4jCsvWriter.RELATIONSHIPS, Neo4jCsvWriter.MENTIONS)) {
                Csv csv = Csv.read(directory.resolve(file));
                int startColumn = column(csv, ":START_ID");
                int endColumn = column(csv, ":END_ID");
                String startSpace = csv.header().get(startColumn).substring(":START_ID".length());
                String endSpace = csv.header().get(endColumn).substring(":END_ID".length());
                for (List<String> row : csv.rows()) {
                    Node start = nodes.get(startSpace + row.get(startColumn));
                    Node end = nodes.get(endSpace + row.get(endColumn));
                    if (start == null || end == null) {
                        throw new AssertionError("both ends are nodes: " + row);
                    }
                    Relationship rel = start.createRelationshipTo(end, RelationshipType.withName(row.get(column(csv, ":TYPE"))));
                    for (int i = 0; i < row.size(); i++) {
                        if (!csv.header().get(i).startsWith(":")) {
                            setProperty(rel, csv.header().get(i), row.get(i));
                        }
                    }
                }
            }
            tx.commit();
        }
    }

    private static int column(Csv csv, String prefix) {
        for (int i = 0; i < csv.header().size(); i++) {
            if (csv.header().get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no column " + prefix + " in " + csv.header());
    }

    /** As the importer: "name:type" sets a typed property, "type[]" splits on ';', an empty field sets nothing. */
    private static void setProperty(Entity entity, String column, String value) {
        if (value.isEmpty()) {
            return;
        }
        String[] nameAndType = column.split(":", 2);
        String type = nameAndType.length == 1 ? "string" : nameAndType[1];
        entity.setProperty(nameAndType[0], switch (type) {
            case "long" -> Long.parseLong(value);
            case "double" -> Double.parseDouble(value);
            case "boolean" -> Boolean.parseBoolean(value);
            case "date" -> LocalDate.parse(value);
            case "string" -> value;
            case "string[]" -> value.split(";");
            default -> throw new AssertionError("type not used by newsie: " + type);
        });
    }

    /**
     * The whole graph as comparable text: every node (labels, properties) and relationship (ends by their
     * id property, type, properties), sorted. Two stores with equal snapshots hold the same graph.
     */
    static List<String> snapshot() throws IOException {
        try (Transaction tx = db().beginTx()) {
            TreeSet<String> lines = new TreeSet<>();
            List<String> all = new ArrayList<>();
            for (Node n : tx.getAllNodes()) {
                String labels = String.join(":", new TreeSet<>(StreamSupport.stream(n.getLabels().spliterator(), false).map(Label::name).toList()));
                all.add("(" + labels + " " + properties(n) + ")");
            }
            for (Relationship r : tx.getAllRelationships()) {
                all.add("(" + r.getStartNode().getProperty("id") + ")-[" + r.getType().name() + " " + properties(r) + "]->("
                        + r.getEndNode().getProperty("id") + ")");
            }
            lines.addAll(all);
            if (lines.size() != all.size()) {
                throw new AssertionError("two identical nodes or relationships");
            }
            return List.copyOf(lines);
        }
    }

    private static String properties(Entity e) {
        TreeMap<String, Object> sorted = new TreeMap<>();
        e.getAllProperties().forEach((k, v) -> sorted.put(k, v instanceof String[] a ? Arrays.asList(a)
                : v instanceof long[] a ? Arrays.toString(a) : v.getClass().getSimpleName() + ":" + v));
        return sorted.toString();
    }

    /** RFC 4180 with the importer's defaults: ',' between fields, '"' quotes, "" for a quote inside, line breaks inside quotes. */
    record Csv(List<String> header, List<List<String>> rows) {
        static Csv read(Path file) throws IOException {
            String text = Files.readString(file);
            List<List<String>> all = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' && !quoted) {
                    row.add(field.toString());
                    field.setLength(0);
                    all.add(row);
                    row = new ArrayList<>();
                } else {
                    field.append(c);
                }
            }
            return new Csv(all.get(0), all.subList(1, all.size()));
        }
    }
}
