package dev.newsie.graph;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Neo4j CSVs follow the admin-import format and load into a real embedded Neo4j, which answers "who
 * visited North Korea, and when" in Cypher; the Cypher script gives the very same graph.
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
            "(\\w*)(:(ID|LABEL|START_ID|END_ID|TYPE|int|long|double|float|boolean|string|date)(\\[])?(\\(\\w+\\))?)?");

    @TempDir
    static Path dir;
    private static List<String> imported;

    @BeforeAll
    static void load() throws IOException {
        Neo4jCsvWriter.write(GraphFixtures.mergedGraph(), dir.resolve("csv"));
        EmbeddedNeo4j.clear();
        EmbeddedNeo4j.importCsv(dir.resolve("csv"));
        imported = EmbeddedNeo4j.snapshot();
    }

    /** Each test starts from the imported CSVs (another test class may have used the database meanwhile). */
    private static List<Map<String, Object>> cypher(String query) throws IOException {
        if (!EmbeddedNeo4j.snapshot().equals(imported)) {
            EmbeddedNeo4j.clear();
            EmbeddedNeo4j.importCsv(dir.resolve("csv"));
        }
        return EmbeddedNeo4j.query(query);
    }

    @Test
    void cypherAnswersWhoVisitedNorthKoreaAndWhen() throws IOException {
        List<Map<String, Object>> rows = cypher(WHO_VISITED_NORTH_KOREA);
        assertEquals(3, rows.size(), rows.toString());
        LocalDate june19 = LocalDate.of(2024, 6, 19);
        assertEquals(List.of("Vladimir Putin", "asserted", 2L, june19, june19), values(rows.get(0)));
        assertEquals(Arrays.asList("Vladimir Putin", "planned", 1L, null, null), values(rows.get(1)));
        assertEquals("possible", rows.get(2).get("modality"));
    }

    @Test
    void fewerRelationshipTypesWithTheSurfacePredicatesAsProperties() throws IOException {
        List<Map<String, Object>> types = cypher("MATCH ()-[r]->() RETURN DISTINCT type(r) AS type ORDER BY type");
        List<Object> names = types.stream().map(t -> t.get("type")).toList();
        assertTrue(names.containsAll(List.of("MEET", "VISIT", "POSITION_HELD", "MENTIONS")), names.toString());
        for (String surface : List.of("MEET_WITH", "SHAKE_HANDS_WITH", "HOLD_TALKS_WITH", "PRESIDENT_OF", "PRIME_MINISTER_OF", "RECEIVE_LOANS_FROM")) {
            assertTrue(!names.contains(surface), surface + " is no type of its own: " + names);
        }
        Map<String, Object> met = cypher("""
                MATCH (:Person {name: 'Vladimir Putin'})-[r:MEET]-(:Person {name: 'Xi Jinping'})
                RETURN r.predicates AS predicates, r.symmetric AS symmetric, r.plover AS plover, r.cameo AS cameo
                """).get(0);
        assertEquals(List.of("meet with", "shake hands with"), Arrays.asList((String[]) met.get("predicates")));
        assertEquals(true, met.get("symmetric"));
        assertEquals(List.of("CONSULT", "040"), List.of(met.get("plover"), met.get("cameo")));
        assertEquals(List.of(Map.of("role", "president", "documents", 2L)), cypher("""
                MATCH (:Person {name: 'Barack Obama'})-[r:POSITION_HELD]->(:Country {iso3: 'USA'})
                RETURN r.role AS role, r.documents AS documents
                """));
    }

    @Test
    void sourcesAndDocumentsAreNodes() throws IOException {
        List<Map<String, Object>> sources = cypher("""
                MATCH (:Person {name: 'Barack Obama'})-[r:POSITION_HELD]->(:Country {iso3: 'USA'})
                MATCH (s:Source {statement: r.id}) MATCH (d:Document {id: s.document})
                RETURN d.id AS document, d.docDate AS docDate, s.sentence AS sentence, s.predicate AS predicate
                ORDER BY document
                """);
        assertEquals(List.of("wikinews-canada-ontario-loans-gm-chrysler.txt", "wikinews-gm-bankruptcy-obama.txt"),
                sources.stream().map(s -> s.get("document")).toList());
        assertEquals(LocalDate.of(2009, 4, 3), sources.get(0).get("docDate"));
        assertEquals("president of", sources.get(0).get("predicate"));
        assertEquals(6L, cypher("MATCH (d:Document) RETURN count(d) AS n").get(0).get("n"));
        assertEquals(4L, cypher("MATCH (:Document)-[:MENTIONS]->(c:Country {wikidata: 'Q30'}) RETURN count(*) AS n").get(0).get("n"));
    }

    @Test
    void oneNodePerCountryAndPerson() throws IOException {
        assertEquals(List.of(), cypher("""
                MATCH (n:Entity) WITH coalesce(n.wikidata, n.type + '/' + toLower(n.name)) AS identity, count(*) AS nodes
                WHERE nodes > 1 RETURN identity
                """));
        assertEquals(1L, cypher("MATCH (c:Country {wikidata: 'Q30'}) RETURN count(c) AS n").get(0).get("n"));
    }

    @Test
    void csvHeadersFollowTheAdminImportFormat() throws IOException {
        for (String file : Neo4jCsvWriter.FILES) {
            EmbeddedNeo4j.Csv csv = EmbeddedNeo4j.Csv.read(dir.resolve("csv").resolve(file));
            for (String column : csv.header()) {
                assertTrue(HEADER.matcher(column).matches(), file + ": admin-import header " + column);
            }
            Set<String> ids = new HashSet<>();
            for (List<String> row : csv.rows()) {
                assertEquals(csv.header().size(), row.size(), file + ": " + row);
                if (csv.header().get(0).contains(":ID(")) {
                    assertTrue(ids.add(row.get(0)), file + ": unique id " + row.get(0));
                }
            }
        }
        EmbeddedNeo4j.Csv rels = EmbeddedNeo4j.Csv.read(dir.resolve("csv").resolve(Neo4jCsvWriter.RELATIONSHIPS));
        for (List<String> row : rels.rows()) {
            assertTrue(row.get(2).matches("[A-Z0-9_]+"), "relationship type: " + row.get(2));
        }
    }

    @Test
    void theCypherScriptLoadsTheSameGraphAsTheCsvs() throws IOException {
        StringWriter script = new StringWriter();
        CypherWriter.write(GraphFixtures.mergedGraph().documents(), script);
        EmbeddedNeo4j.clear();
        EmbeddedNeo4j.runScript(script.toString());
        List<String> viaCypher = EmbeddedNeo4j.snapshot();
        assertEquals(imported, viaCypher);
        assertTrue(imported.size() > 200, "a real graph: " + imported.size());
    }

    @Test
    void idsAreWrittenAsTheyAreWhateverTheyHold() throws IOException {
        // ';' splits arrays, ',' and '"' need quotes, a line break needs --multiline-fields: none may change an id
        String id = "day 1/a;b,\"c\"\nd.txt";
        String json = java.nio.file.Files.readString(GraphFixtures.SECOND_ARTICLE).replace("\"putin-in-pyongyang.txt\"",
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(id));
        GraphBuilder builder = new GraphBuilder(GraphFixtures.TYPES);
        builder.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
        Path out = dir.resolve("odd-id");
        Neo4jCsvWriter.write(builder.graph(), out);
        EmbeddedNeo4j.clear();
        EmbeddedNeo4j.importCsv(out);
        assertEquals(List.of(Map.of("id", id)), EmbeddedNeo4j.query("MATCH (d:Document) RETURN d.id AS id"));
        assertEquals(List.of(Map.of("id", id)), EmbeddedNeo4j.query("MATCH (s:Source) RETURN DISTINCT s.document AS id"));
        StringWriter script = new StringWriter();
        CypherWriter.write(builder.graph().documents(), script);
        EmbeddedNeo4j.clear();
        EmbeddedNeo4j.runScript(script.toString());
        assertEquals(List.of(Map.of("id", id)), EmbeddedNeo4j.query("MATCH (d:Document) RETURN d.id AS id"));
        assertEquals("https://newsie.dev/doc/day%201%2Fa%3Bb%2C%22c%22%0Ad.txt",
                EmbeddedNeo4j.query("MATCH (d:Document) RETURN d.iri AS iri").get(0).get("iri"));
        EmbeddedNeo4j.clear();
    }

    /** The example query's columns in order. */
    private static List<Object> values(Map<String, Object> row) {
        return Arrays.asList(row.get("who"), row.get("modality"), row.get("documents"), row.get("firstDate"), row.get("lastDate"));
    }

    static List<Object> column(List<Map<String, Object>> rows, String name) {
        List<Object> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get(name)));
        return out;
    }
}
