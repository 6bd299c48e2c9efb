package dev.newsie.graph;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Neo4j CSVs follow the admin-import format and load into a real embedded Neo4j, which answers
 * "who visited North Korea, and when" in Cypher. The loader reads the files the way
 * {@code neo4j-admin database import} does: typed headers, {@code ;} inside arrays, empty field = no property.
 */
class Neo4jExportTest {
    /** The README's example query. */
    static final String WHO_VISITED_NORTH_KOREA = """
            MATCH (p:Person)-[r:VISIT {negated: false}]->(c:Country {wikidata: 'Q423'})
            RETURN p.name AS who, r.modality AS modality, r.documents AS documents,
                   r.firstDate AS firstDate, r.lastDate AS lastDate
            ORDER BY modality
            """;
    private static final Pattern HEADER = Pattern.compile(
            "(\\w*)(:(ID|LABEL|START_ID|END_ID|TYPE|int|long|double|float|boolean|string|date)(\\[])?)?");

    @TempDir
    static Path dir;
    private static DatabaseManagementService dbms;
    private static GraphDatabaseService neo4j;

    @BeforeAll
    static void load() throws IOException {
        Neo4jCsvWriter.write(GraphFixtures.mergedGraph(), dir.resolve("csv"));
        dbms = new DatabaseManagementServiceBuilder(dir.resolve("db")).build();
        neo4j = dbms.database("neo4j");
        try (Transaction tx = neo4j.beginTx()) {
            Map<String, Node> nodes = new HashMap<>();
            Csv nodeRows = Csv.read(dir.resolve("csv/nodes.csv"));
            for (List<String> row : nodeRows.rows) {
                Node node = tx.createNode();
                for (int i = 0; i < row.size(); i++) {
                    String column = nodeRows.header.get(i);
                    if (column.equals(":LABEL")) {
                        Arrays.stream(row.get(i).split(";")).forEach(l -> node.addLabel(Label.label(l)));
                    } else if (column.endsWith(":ID")) {
                        nodes.put(row.get(i), node);
                        node.setProperty("id", row.get(i));
                    } else {
                        setProperty(node, column, row.get(i));
                    }
                }
            }
            Csv relRows = Csv.read(dir.resolve("csv/relationships.csv"));
            for (List<String> row : relRows.rows) {
                Node start = nodes.get(row.get(relRows.header.indexOf(":START_ID")));
                Node end = nodes.get(row.get(relRows.header.indexOf(":END_ID")));
                assertTrue(start != null && end != null, "both ends are nodes: " + row);
                var rel = start.createRelationshipTo(end, RelationshipType.withName(row.get(relRows.header.indexOf(":TYPE"))));
                for (int i = 0; i < row.size(); i++) {
                    if (!relRows.header.get(i).startsWith(":")) {
                        setProperty(rel, relRows.header.get(i), row.get(i));
                    }
                }
            }
            tx.commit();
        }
    }

    @AfterAll
    static void shutDown() {
        if (dbms != null) {
            dbms.shutdown();
        }
    }

    /** As the importer: "name:type" sets a typed property, "type[]" splits on ';', an empty field sets nothing. */
    private static void setProperty(Entity entity, String column, String value) {
        if (value.isEmpty()) {
            return;
        }
        String[] nameAndType = column.split(":", 2);
        String type = nameAndType.length == 1 ? "string" : nameAndType[1];
        if (type.endsWith("[]")) {
            String[] parts = value.split(";");
            switch (type) {
                case "int[]" -> entity.setProperty(nameAndType[0], Arrays.stream(parts).mapToInt(Integer::parseInt).toArray());
                case "string[]" -> entity.setProperty(nameAndType[0], parts);
                default -> throw new AssertionError("array type not used by newsie: " + type);
            }
            return;
        }
        entity.setProperty(nameAndType[0], switch (type) {
            case "int" -> Integer.parseInt(value);
            case "double" -> Double.parseDouble(value);
            case "boolean" -> Boolean.parseBoolean(value);
            case "string" -> value;
            default -> throw new AssertionError("type not used by newsie: " + type);
        });
    }

    private static List<Map<String, Object>> cypher(String query) {
        try (Transaction tx = neo4j.beginTx()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            tx.execute(query).forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void cypherAnswersWhoVisitedNorthKoreaAndWhen() {
        List<Map<String, Object>> rows = cypher(WHO_VISITED_NORTH_KOREA);
        assertEquals(3, rows.size(), rows.toString());
        assertEquals(List.of("Vladimir Putin", "asserted", 2, "2024-06-19", "2024-06-19"), values(rows.get(0)));
        assertEquals(Arrays.asList("Vladimir Putin", "planned", 1, null, null), values(rows.get(1)));
        assertEquals("possible", rows.get(2).get("modality"));
    }

    @Test
    void negatedVisitIsItsOwnRelationshipAndSourcesAreArrays() {
        assertEquals(List.of(List.of(true, "asserted"), List.of(false, "planned")), cypherRows("""
                MATCH (:Person {name: 'Vladimir Putin'})-[r:VISIT]->(:Country {name: 'South Korea'})
                RETURN r.negated AS negated, r.modality AS modality ORDER BY modality
                """, "negated", "modality"));
        Map<String, Object> obama = cypher("""
                MATCH (:Person {name: 'Barack Obama'})-[r:PRESIDENT_OF]->(:Country {iso3: 'USA'})
                RETURN r.documents AS documents, r.sourceDocuments AS docs, r.sourceSentences AS sentences
                """).get(0);
        assertEquals(2, obama.get("documents"));
        assertEquals(List.of("wikinews-canada-ontario-loans-gm-chrysler.txt", "wikinews-gm-bankruptcy-obama.txt"),
                Arrays.asList((String[]) obama.get("docs")));
        assertEquals(2, ((int[]) obama.get("sentences")).length);
    }

    @Test
    void oneNodePerCountryAndPerson() {
        assertEquals(List.of(), cypher("""
                MATCH (n:Entity) WITH coalesce(n.wikidata, n.type + '/' + toLower(n.name)) AS identity, count(*) AS nodes
                WHERE nodes > 1 RETURN identity
                """));
        assertEquals(1L, cypher("MATCH (c:Country {wikidata: 'Q30'}) RETURN count(c) AS n").get(0).get("n"));
    }

    @Test
    void csvHeadersFollowTheAdminImportFormat() throws IOException {
        Csv nodes = Csv.read(dir.resolve("csv/nodes.csv"));
        Csv rels = Csv.read(dir.resolve("csv/relationships.csv"));
        assertEquals(1, nodes.header.stream().filter(h -> h.endsWith(":ID")).count());
        assertTrue(nodes.header.contains(":LABEL"));
        assertTrue(rels.header.containsAll(List.of(":START_ID", ":END_ID", ":TYPE")));
        for (String column : concat(nodes.header, rels.header)) {
            assertTrue(HEADER.matcher(column).matches(), "admin-import header: " + column);
        }
        assertTrue(rels.header.contains("documents:int"));
        Set<String> ids = new HashSet<>();
        for (List<String> row : nodes.rows) {
            assertEquals(nodes.header.size(), row.size(), row.toString());
            assertTrue(ids.add(row.get(0)), "unique id: " + row.get(0));
        }
        for (List<String> row : rels.rows) {
            assertEquals(rels.header.size(), row.size(), row.toString());
            assertTrue(row.get(2).matches("[A-Z0-9_]+"), "relationship type: " + row.get(2));
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The example query's columns in order; embedded Neo4j gives stored ints back as Integer. */
    private static List<Object> values(Map<String, Object> row) {
        return Arrays.asList(row.get("who"), row.get("modality"), row.get("documents"), row.get("firstDate"), row.get("lastDate"));
    }

    private static List<List<Object>> cypherRows(String query, String... columns) {
        return cypher(query).stream().map(r -> Arrays.stream(columns).map(r::get).toList()).toList();
    }

    /** RFC 4180 with the importer's defaults: ',' between fields, '"' quotes, "" for a quote inside. */
    record Csv(List<String> header, List<List<String>> rows) {
        static Csv read(Path file) throws IOException {
            List<List<String>> all = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                all.add(fields(line));
            }
            return new Csv(all.get(0), all.subList(1, all.size()));
        }

        private static List<String> fields(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    out.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            out.add(field.toString());
            return out;
        }
    }
}
