package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code newsie graph} as a user meets it: formats, stdin, exit codes. No CoreNLP: it only reads JSON. */
class GraphCommandTest {
    private static final String PUTIN = "samples/expected/putin-visits-north-korea.json";
    private static final String OBAMA = "samples/expected/wikinews-gm-bankruptcy-obama.json";
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.execute(new PrintWriter(err, true), args);
    }

    @Test
    void jsonlDocumentsNodesThenEdges() throws IOException {
        Path out = dir.resolve("graph.jsonl");
        assertEquals(ExitCodes.OK, run("graph", "-o", out.toString(), PUTIN, OBAMA));
        List<String> lines = Files.readAllLines(out);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("document", first.get("kind").asText());
        assertEquals("node", new ObjectMapper().readTree(lines.get(2)).get("kind").asText());
        assertEquals("edge", new ObjectMapper().readTree(lines.get(lines.size() - 1)).get("kind").asText());
        assertTrue(err.toString().contains("2 documents read, 0 skipped"), err.toString());
    }

    @Test
    void readsStandardInput() throws IOException {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(PUTIN))));
            Path out = dir.resolve("graph.ttl");
            assertEquals(ExitCodes.OK, run("graph", "--format", "turtle", "-o", out.toString(), "-"));
            assertTrue(Files.readString(out).contains("newsie-rel:visit wd:Q423"));
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void neo4jWritesItsFilesIntoTheDirectory() {
        Path out = dir.resolve("neo4j");
        assertEquals(ExitCodes.OK, run("graph", "--format", "neo4j", "-o", out.toString(), PUTIN));
        for (String file : List.of("nodes.csv", "documents.csv", "sources.csv", "relationships.csv", "mentions.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
    }

    @Test
    void namedGraphFormatsAndCypher() throws IOException {
        Path trig = dir.resolve("graph.trig");
        assertEquals(ExitCodes.OK, run("graph", "--format", "trig", "-o", trig.toString(), PUTIN));
        assertTrue(Files.readString(trig).contains("<https://newsie.dev/doc/samples%2Fputin-visits-north-korea.txt> {"));
        Path nquads = dir.resolve("graph.nq");
        assertEquals(ExitCodes.OK, run("graph", "--format", "nquads", "-o", nquads.toString(), PUTIN));
        assertTrue(Files.readAllLines(nquads).stream().allMatch(l -> l.endsWith(" <https://newsie.dev/doc/samples%2Fputin-visits-north-korea.txt> .")));
        Path cypher = dir.resolve("graph.cypher");
        assertEquals(ExitCodes.OK, run("graph", "--format", "cypher", "-o", cypher.toString(), PUTIN));
        String script = Files.readString(cypher);
        assertTrue(script.contains(":param {") && script.contains("MERGE (a)-[x:`VISIT` {id: r.id}]->(b)"), script.substring(0, 300));
    }

    @Test
    void theSourceUrlIsTheDocumentsIri() throws IOException {
        Path input = dir.resolve("with-url.jsonl");
        com.fasterxml.jackson.databind.node.ObjectNode doc = (com.fasterxml.jackson.databind.node.ObjectNode)
                new ObjectMapper().readTree(Files.readString(Path.of(OBAMA)));
        doc.put("url", "https://en.wikinews.org/wiki/General_Motors_files_for_bankruptcy");
        Files.writeString(input, doc + "\n");
        Path out = dir.resolve("graph.nq");
        assertEquals(ExitCodes.OK, run("graph", "--format", "nquads", "-o", out.toString(), input.toString()));
        assertTrue(Files.readString(out).contains("<https://en.wikinews.org/wiki/General_Motors_files_for_bankruptcy> "
                + "<https://newsie.dev/ns#id> \"samples/wikinews-gm-bankruptcy-obama.txt\" "
                + "<https://en.wikinews.org/wiki/General_Motors_files_for_bankruptcy> ."));
    }

    @Test
    void errorRecordsAreSkippedWithExitOne() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"schema\":\"newsie/1\",\"id\":\"x\",\"error\":{\"kind\":\"empty\",\"message\":\"empty\"},"
                + "\"entities\":[],\"triples\":[]}\n" + new ObjectMapper().readTree(Files.readString(Path.of(OBAMA))) + "\n");
        Path out = dir.resolve("graph.nt");
        assertEquals(ExitCodes.SOME_FAILED, run("graph", "--format", "ntriples", "-o", out.toString(), input.toString()));
        assertTrue(err.toString().contains("2 documents read, 1 skipped"), err.toString());
        assertTrue(Files.readString(out).contains("<http://www.wikidata.org/entity/Q30>"));
    }

    @Test
    void usageErrors() {
        assertEquals(ExitCodes.USAGE, run("graph", dir.resolve("missing.jsonl").toString()));
        assertTrue(err.toString().contains("missing.jsonl"), err.toString());
        assertEquals(ExitCodes.USAGE, run("graph", "--format", "graphml", PUTIN));
        assertEquals(ExitCodes.USAGE, run("graph", "--format", "neo4j", PUTIN));
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void malformedInputIsFatalAndNamesTheFile() throws IOException {
        Path input = dir.resolve("broken.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"entities\":[]}\n{oops\n");
        assertEquals(ExitCodes.FATAL, run("graph", "-o", dir.resolve("g.jsonl").toString(), input.toString()));
        assertTrue(err.toString().contains("broken.jsonl") && err.toString().contains("line 2"), err.toString());
    }
}
