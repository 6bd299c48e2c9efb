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
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assertTrue(Files.readString(trig).contains("<https://newsie.dev/doc/putin-visits-north-korea.txt> {"));
        Path nquads = dir.resolve("graph.nq");
        assertEquals(ExitCodes.OK, run("graph", "--format", "nquads", "-o", nquads.toString(), PUTIN));
        assertTrue(Files.readAllLines(nquads).stream().allMatch(l -> l.endsWith(" <https://newsie.dev/doc/putin-visits-north-korea.txt> .")));
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
                + "<https://newsie.dev/ns#id> \"wikinews-gm-bankruptcy-obama.txt\" "
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
    void malformedInputIsAUsageErrorNamingTheFileAndLine() throws IOException {
        Path input = dir.resolve("broken.jsonl");
        Files.writeString(input, "{\"schema\":\"newsie/1\",\"id\":\"a\",\"entities\":[]}\n{oops\n");
        assertEquals(ExitCodes.USAGE, run("graph", "-o", dir.resolve("g.jsonl").toString(), input.toString()));
        assertTrue(err.toString().contains("broken.jsonl line 2: not newsie/1 output"), err.toString());
        assertFalse(Files.exists(dir.resolve("g.jsonl")), "nothing written");
    }

    // Issue 9, messages: input that is not newsie extract output, or graph output fed back, is named as such (exit 2).
    @Test
    void inputThatIsNotExtractOutputIsAUsageError() throws IOException {
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, "{\"id\":\"a\",\"text\":\"Putin visited Seoul.\"}\n");
        assertEquals(ExitCodes.USAGE, run("graph", "-o", dir.resolve("g.jsonl").toString(), other.toString()));
        assertTrue(err.toString().contains("other.jsonl line 1: not newsie/1 output"), err.toString());
        Path graph = dir.resolve("graph.jsonl");
        assertEquals(ExitCodes.OK, run("graph", "-o", graph.toString(), PUTIN));
        assertEquals(ExitCodes.USAGE, run("graph", "-o", dir.resolve("again.jsonl").toString(), graph.toString()));
        assertTrue(err.toString().contains("newsie graph output"), err.toString());
        assertFalse(err.toString().contains("skipped (error records)") && err.toString().contains("again"), err.toString());
        assertEquals(ExitCodes.USAGE, run("graph", "-o", graph.toString(), graph.toString()));
        assertTrue(err.toString().contains("is also an input"), err.toString());
    }

    // Issue 9, messages: an interrupted extract run's last line is skipped with a message; the graph is written.
    @Test
    void anIncompleteLastLineIsSkippedAndTheGraphWritten() throws IOException {
        String one = new ObjectMapper().readTree(Files.readString(Path.of(PUTIN))).toString();
        String two = new ObjectMapper().readTree(Files.readString(Path.of(OBAMA))).toString();
        for (int cut : new int[] {10, two.indexOf("true") > 0 ? two.indexOf("true") + 2 : 30, two.length() / 2, two.length() - 1}) {
            Path input = dir.resolve("cut" + cut + ".jsonl");
            Files.writeString(input, one + "\n" + two.substring(0, cut));
            Path out = dir.resolve("g" + cut + ".ttl");
            assertEquals(ExitCodes.SOME_FAILED, run("graph", "--format", "turtle", "-o", out.toString(), input.toString()), err.toString());
            assertTrue(err.toString().contains(input + " line 2: the last document is incomplete"), err.toString());
            assertTrue(err.toString().contains("1 documents read, 0 skipped (error records), 1 incomplete last line skipped"), err.toString());
            assertTrue(Files.readString(out).contains("newsie-rel:visit wd:Q423"));
        }
    }

    // Issue 9, messages: neo4j output goes into a directory, never over a file or into a full directory without --force.
    @Test
    void neo4jOutputMustBeANewOrEmptyDirectory() throws IOException {
        Path file = dir.resolve("file");
        Files.writeString(file, "keep");
        assertEquals(ExitCodes.USAGE, run("graph", "--format", "neo4j", "-o", file.toString(), PUTIN));
        assertTrue(err.toString().contains("is a file, not a directory"), err.toString());
        assertEquals("keep", Files.readString(file));
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("nodes.csv"), "old");
        assertEquals(ExitCodes.USAGE, run("graph", "--format", "neo4j", "-o", full.toString(), PUTIN));
        assertTrue(err.toString().contains("is not empty") && err.toString().contains("--force"), err.toString());
        assertEquals("old", Files.readString(full.resolve("nodes.csv")));
        assertEquals(ExitCodes.OK, run("graph", "--format", "neo4j", "--force", "-o", full.toString(), PUTIN));
        assertTrue(Files.readString(full.resolve("nodes.csv")).startsWith("id:ID"));
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    // 3. newsie graph > /dev/full: a write error is exit 3, not a success summary (a real process: real standard output).
    @Test
    void item3WriteErrorsOnStandardOutputAreFatal() throws Exception {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.exists(devFull), "needs /dev/full");
        Path errors = dir.resolve("stderr.txt");
        Process p = newsie("-Xmx256m", devFull, errors, "graph", PUTIN, OBAMA);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finishes");
        String stderr = Files.readString(errors);
        assertEquals(ExitCodes.FATAL, p.exitValue(), stderr);
        assertTrue(stderr.contains("cannot write standard output"), stderr);
        assertFalse(stderr.contains("documents read"), "no success summary: " + stderr);
        assertFalse(stderr.contains("\tat "), stderr);
    }

    // 12. A graph larger than the heap: exit 3 with what it held and the heap it needs, not a GC death (a real small-heap process).
    @Test
    void item12AGraphThatOutgrowsTheHeapStopsWithExitThreeAndTheMemoryItNeeds() throws Exception {
        Path input = dir.resolve("many.jsonl");
        try (Writer w = Files.newBufferedWriter(input)) {
            for (int d = 0; d < 1000; d++) {
                w.write(manyRelations(d, 100));
                w.write('\n');
            }
        }
        Path errors = dir.resolve("stderr.txt");
        Path out = dir.resolve("graph.jsonl");
        Process p = newsie("-Xmx48m", out, errors, "graph", input.toString());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "finishes");
        String stderr = Files.readString(errors);
        assertEquals(ExitCodes.FATAL, p.exitValue(), stderr);
        assertTrue(stderr.contains("the graph does not fit in memory"), stderr);
        assertTrue(stderr.contains("the whole input needs at most about") && stderr.contains("-Xmx"), stderr);
        assertFalse(stderr.contains("\tat ") || stderr.contains("GC overhead"), stderr);
    }

    /** One newsie/1 document whose {@code n} people each meet the next: n - 1 relations found nowhere else. */
    private static String manyRelations(int doc, int n) {
        StringBuilder sb = new StringBuilder("{\"schema\":\"newsie/1\",\"id\":\"d" + doc + "\",\"docDate\":null,\"entities\":[");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\",\"type\":\"PERSON\",\"name\":\"Person ")
                    .append(doc).append('-').append(i).append("\",\"mentions\":[{\"text\":\"P\",\"start\":0,\"end\":1,\"sentence\":0}]}");
        }
        sb.append("],\"triples\":[");
        for (int i = 0; i + 1 < n; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"subject\":{\"id\":\"e").append(i).append("\"},\"predicate\":\"meet\",")
                    .append("\"object\":{\"id\":\"e").append(i + 1).append("\"},\"text\":\"met\",\"sentence\":").append(i)
                    .append(",\"evidence\":{\"start\":0,\"end\":10},\"negated\":false,\"modality\":\"asserted\",\"date\":null,")
                    .append("\"confidence\":0.8,\"rule\":\"verb-object\"}");
        }
        return sb.append("]}").toString();
    }

    /** newsie in a JVM of its own (no CoreNLP is loaded by graph, so it starts in a second). */
    private static Process newsie(String heap, Path stdout, Path stderr, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-XX:+UseParallelGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    }
}
