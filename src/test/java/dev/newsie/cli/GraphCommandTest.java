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
    void jsonlNodesThenEdges() throws IOException {
        Path out = dir.resolve("graph.jsonl");
        assertEquals(ExitCodes.OK, run("graph", "-o", out.toString(), PUTIN, OBAMA));
        List<String> lines = Files.readAllLines(out);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("node", first.get("kind").asText());
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
    void neo4jWritesTwoFilesIntoTheDirectory() {
        Path out = dir.resolve("neo4j");
        assertEquals(ExitCodes.OK, run("graph", "--format", "neo4j", "-o", out.toString(), PUTIN));
        assertTrue(Files.isRegularFile(out.resolve("nodes.csv")));
        assertTrue(Files.isRegularFile(out.resolve("relationships.csv")));
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
