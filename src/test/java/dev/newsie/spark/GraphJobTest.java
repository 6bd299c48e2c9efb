package dev.newsie.spark;

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
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    /** The samples' expected output (pretty-printed JSON), the second Putin article, and a file with an error record. */
    private List<String> inputs() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> samples = Files.list(Path.of("samples/expected"))) {
            samples.map(Path::toString).filter(p -> p.endsWith(".json")).sorted().forEach(files::add);
        }
        files.add("src/test/resources/graph/putin-in-pyongyang.json");
        Path failed = dir.resolve("failed.jsonl");
        Files.writeString(failed, "{\"schema\":\"newsie/1\",\"id\":\"gone.txt\",\"docDate\":null,"
                + "\"error\":{\"kind\":\"empty\",\"message\":\"document is empty\"},\"entities\":[],\"triples\":[]}\n");
        files.add(failed.toString());
        return files;
    }

    @Test
    void everyFormatIsNewsieGraphsByteForByte() throws IOException {
        List<String> inputs = inputs();
        for (String format : List.of("jsonl", "ntriples", "turtle", "neo4j")) {
            Path cli = dir.resolve("cli." + format);
            List<String> args = new ArrayList<>(List.of("graph", "-q", "--format", format, "-o", cli.toString()));
            args.addAll(inputs);
            assertEquals(ExitCodes.SOME_FAILED, Main.execute(new PrintWriter(new StringWriter()), args.toArray(String[]::new)));
            Path spark = dir.resolve("spark." + format);
            assertEquals(ExitCodes.SOME_FAILED, GraphJob.run(TestSpark.session(), new PrintWriter(err, true),
                    "--input", String.join(",", inputs), "--format", format, "--output", spark.toString()), err.toString());
            if (format.equals("neo4j")) {
                for (String file : List.of(Neo4jCsvWriter.NODES, Neo4jCsvWriter.RELATIONSHIPS)) {
                    assertEquals(Files.readString(cli.resolve(file)), Files.readString(spark.resolve(file)), format + " " + file);
                }
            } else {
                assertEquals(Files.readString(cli), Files.readString(spark), format);
            }
        }
        assertTrue(err.toString().contains("7 documents read, 1 skipped (error records)"), err.toString());
        // the graph holds what the tests of newsie graph check: the visit, merged across the two articles
        String jsonl = Files.readString(dir.resolve("spark.jsonl"));
        assertTrue(jsonl.contains("\"subject\":\"person:vladimir-putin\",\"predicate\":\"visit\",\"object\":\"wd:Q423\",\"negated\":false,"
                + "\"modality\":\"asserted\",\"documents\":2"), jsonl);
    }

    @Test
    void aFileThatIsNotExtractionOutputStopsTheJob() throws IOException {
        Path junk = dir.resolve("junk.jsonl");
        Files.writeString(junk, "{\"schema\":\"newsie/1\",\"id\":\"a\",\"entities\":[],\"triples\":[]}\nnot json at all\n");
        assertEquals(ExitCodes.FATAL, GraphJob.run(TestSpark.session(), new PrintWriter(err, true),
                "--input", junk.toString(), "--output", dir.resolve("graph.jsonl").toString()));
        assertTrue(err.toString().contains("not newsie extraction output"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(dir.resolve("graph.jsonl")));
    }
}
