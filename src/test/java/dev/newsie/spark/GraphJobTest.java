package dev.newsie.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.cli.ExitCodes;
import dev.newsie.cli.Main;
import dev.newsie.graph.Neo4jCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The graph job against {@code newsie graph} on the same files: the same bytes in every format. No CoreNLP. */
class GraphJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("jsonl", "ntriples", "turtle", "nquads", "trig", "neo4j", "cypher");

    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    /**
     * The samples' expected output (pretty-printed JSON), the second Putin article, and a JSON Lines file holding an
     * error record, a sample extracted again (it replaces the first extraction), a document without an id (named
     * document-N by its place), and an incomplete last line (a run stopped while writing).
     */
    private List<String> inputs() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples/expected"))) {
            samples.map(Path::toString).filter(p -> p.endsWith(".json")).sorted().forEach(files::add);
        }
        files.add("src/test/resources/graph/putin-in-pyongyang.json");
        ObjectNode again = (ObjectNode) JSON.readTree(Path.of("samples/expected/wikinews-indonesia-airbus-ban.json").toFile());
        again.putArray("triples");
        ObjectNode unnamed = (ObjectNode) JSON.readTree(Path.of("src/test/resources/graph/putin-in-pyongyang.json").toFile());
        unnamed.remove("id");
        Path later = dir.resolve("later.jsonl");
        Files.writeString(later, "{\"schema\":\"newsie/1\",\"id\":\"gone.txt\",\"docDate\":null,\"docDateSource\":null,"
                + "\"error\":{\"kind\":\"empty\",\"message\":\"document is empty\"},\"entities\":[],\"triples\":[]}\n"
                + again + "\n" + unnamed + "\n" + "{\"schema\":\"newsie/1\",\"id\":\"cut\",\"entities\":[{\"id\":\"e1\",");
        files.add(later.toString());
        return files;
    }

    @Test
    void everyFormatIsNewsieGraphsByteForByte() throws IOException {
        List<String> inputs = inputs();
        for (String format : FORMATS) {
            Path cli = dir.resolve("cli." + format);
            List<String> args = new ArrayList<>(List.of("graph", "-q", "--format", format, "-o", cli.toString()));
            args.addAll(inputs);
            assertEquals(ExitCodes.SOME_FAILED, Main.execute(new PrintWriter(new StringWriter()), args.toArray(String[]::new)));
            Path spark = dir.resolve("spark." + format);
            assertEquals(ExitCodes.SOME_FAILED, GraphJob.run(TestSpark.session(), new PrintWriter(err, true),
                    "--input", String.join(",", inputs), "--format", format, "--output", spark.toString()), err.toString());
            if (format.equals("neo4j")) {
                for (String file : Neo4jCsvWriter.FILES) {
                    assertEquals(Files.readString(cli.resolve(file)), Files.readString(spark.resolve(file)), format + " " + file);
                }
            } else {
                assertEquals(Files.readString(cli), Files.readString(spark), format);
            }
        }
        assertTrue(err.toString().contains("8 documents read, 1 skipped (error records), 1 incomplete last line skipped"), err.toString());
        assertTrue(err.toString().contains("later.jsonl line 4: the last document is incomplete"), err.toString());
        String jsonl = Files.readString(dir.resolve("spark.jsonl"));
        // the visit, merged across the two articles under its canonical type
        assertTrue(jsonl.contains("\"subject\":\"person:vladimir-putin\",\"relation\":\"visit\",\"object\":\"wd:Q423\""), jsonl);
        // the document without an id is named by its place (after 8 read), the one extracted again kept its place
        assertTrue(jsonl.contains("\"kind\":\"document\",\"id\":\"document-8\""), jsonl);
        assertEquals(1, jsonl.split("\"id\":\"wikinews-indonesia-airbus-ban.txt\"", -1).length - 1, "one document line for the id read twice");
    }

    @Test
    void aFileThatIsNotExtractionOutputIsAUsageError() throws IOException {
        Path junk = dir.resolve("junk.jsonl");
        Files.writeString(junk, "{\"schema\":\"newsie/1\",\"id\":\"a\",\"entities\":[],\"triples\":[]}\nnot json at all\n{}\n");
        assertEquals(ExitCodes.USAGE, GraphJob.run(TestSpark.session(), new PrintWriter(err, true),
                "--input", junk.toString(), "--output", dir.resolve("graph.jsonl").toString()));
        assertTrue(err.toString().contains(junk + " line 2: not newsie/1 output"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(dir.resolve("graph.jsonl")));
    }

    @Test
    void neo4jOutputMustBeANewOrEmptyDirectory() throws IOException {
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        String input = "src/test/resources/graph/putin-in-pyongyang.json";
        assertEquals(ExitCodes.USAGE, GraphJob.run(TestSpark.session(), new PrintWriter(err, true),
                "--input", input, "--format", "neo4j", "--output", full.toString()));
        assertTrue(err.toString().contains("is not empty"), err.toString());
        assertEquals(ExitCodes.OK, GraphJob.run(TestSpark.session(), new PrintWriter(err, true),
                "--input", input, "--format", "neo4j", "--output", full.toString(), "--force", "-q"), err.toString());
        assertTrue(Files.exists(full.resolve(Neo4jCsvWriter.RELATIONSHIPS)));
        assertEquals("mine", Files.readString(full.resolve("notes.txt")));
    }
}
