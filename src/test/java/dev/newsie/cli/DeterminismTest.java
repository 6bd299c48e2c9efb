package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.TestPipeline;
import dev.newsie.input.Document;
import dev.newsie.input.DocumentSource;
import dev.newsie.input.InputFormat;
import dev.newsie.output.JsonLinesWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document's output depends only on its text, its date and the settings: the same line alone, in a batch, in
 * any order, with one thread or two, and after --resume (a killed run, continued). "Alone" is a document run by
 * itself through the test pipeline (after whatever ran before it in the test JVM). Inputs: the samples and constructed date-heavy articles
 * (src/test/resources/dates/date-heavy.jsonl).
 */
class DeterminismTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dir;
    /** The input records, as JSONL lines, in their original order. */
    private static List<String> records;
    /** Each document's output line when it is run alone. */
    private static Map<String, String> alone;

    @BeforeAll
    static void runEachAlone() throws IOException {
        records = new ArrayList<>(Files.readAllLines(Path.of("src/test/resources/dates/date-heavy.jsonl")));
        for (String row : Files.readAllLines(Path.of("samples/samples.tsv"))) {
            if (row.startsWith("#") || row.isBlank()) {
                continue;
            }
            String[] f = row.split("\t");
            ObjectNode record = JSON.createObjectNode();
            record.put("id", f[0]);
            record.put("date", f[1]);
            record.put("text", Files.readString(Path.of("samples", f[0])));
            records.add(JSON.writeValueAsString(record));
        }
        alone = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            // alone: read as the command line reads it, through the test pipeline, written as the command line writes it
            Path in = dir.resolve("alone-" + i + ".jsonl");
            Files.writeString(in, records.get(i) + "\n", StandardCharsets.UTF_8);
            Document doc = new DocumentSource(List.of(in.toString()), InputFormat.auto, 2_000_000, InputStream::nullInputStream).next();
            StringWriter line = new StringWriter();
            new JsonLinesWriter(line, false).write(TestPipeline.extractor().extract(doc));
            alone.put(doc.id(), line.toString().stripTrailing());
        }
    }

    /** Runs `newsie extract` over these records and returns its output lines. */
    private static List<String> extract(String name, List<String> input, String threads, String... more) throws IOException {
        Path in = dir.resolve(name + ".jsonl");
        Path out = dir.resolve(name + ".out.jsonl");
        Files.write(in, input, StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("extract", "--models", "models", "-q", "--threads", threads, "-o", out.toString()));
        args.addAll(List.of(more));
        args.add(in.toString());
        TestPipeline.extractor();
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.OK, Main.execute(new PrintWriter(err), args.toArray(String[]::new)), err.toString());
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static String id(String line) throws IOException {
        return JSON.readTree(line).get("id").asText();
    }

    private static void assertSameAsAlone(List<String> lines) throws IOException {
        assertEquals(records.size(), lines.size());
        for (String line : lines) {
            assertEquals(alone.get(id(line)), line, id(line));
        }
    }

    @Test
    void batchesInAnyOrderWithOneOrTwoThreadsGiveEachDocumentsLineAlone() throws IOException {
        List<String> reversed = new ArrayList<>(records);
        Collections.reverse(reversed);
        List<String> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(7));
        assertSameAsAlone(extract("reversed-2", reversed, "2"));
        assertSameAsAlone(extract("shuffled-1", shuffled, "1"));
        assertSameAsAlone(extract("shuffled-2", shuffled, "2"));
    }

    @Test
    void theDocumentsOfTheOrderBugKeepTheirDates() throws IOException {
        JsonNode b = JSON.readTree(alone.get("b"));
        assertTrue(b.get("entities").toString().contains("\"value\":\"1998-05-04\""), b.toString());
        JsonNode a = JSON.readTree(alone.get("a"));
        assertTrue(a.get("entities").toString().contains("\"value\":\"1998-08-10\""), a.toString());
        JsonNode dateline = JSON.readTree(alone.get("dateline-only"));
        assertEquals("2009-08-11", dateline.get("docDate").asText());
        assertEquals("dateline", dateline.get("docDateSource").asText());
        JsonNode undated = JSON.readTree(alone.get("no-date"));
        assertTrue(undated.get("docDate").isNull());
        assertEquals("none", undated.get("docDateSource").asText());
        assertEquals("record", JSON.readTree(alone.get("summit")).get("docDateSource").asText());
    }

    @Test
    void resumingAKilledRunGivesTheLinesOfAnUninterruptedOne() throws IOException {
        List<String> whole = extract("whole", records, "1");
        assertSameAsAlone(whole);
        Path out = dir.resolve("killed.out.jsonl");
        String partial = String.join("\n", whole.subList(0, 5)) + "\n" + whole.get(5).substring(0, whole.get(5).length() / 2);
        Files.writeString(out, partial, StandardCharsets.UTF_8);
        assertEquals(whole, extract("killed", records, "2", "--resume"));
    }
}
