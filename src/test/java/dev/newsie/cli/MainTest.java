package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user meets it: exit codes, error records, messages without stack traces. */
class MainTest {
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        TestPipeline.extractor(); // CoreNLP caches loaded models: the CLI's pipeline reuses the fixture's
        return Main.execute(new PrintWriter(err, true), args);
    }


    @Test
    void missingInputIsUsageErrorNamingTheFile() {
        assertEquals(ExitCodes.USAGE, run("extract", "--models", "models", dir.resolve("missing.txt").toString()));
        assertTrue(err.toString().contains("missing.txt"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void unknownOptionAndBadValuesAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, run("extract", "--no-such-option", "x"));
        assertEquals(ExitCodes.USAGE, run("extract", "--doc-date", "yesterday", "-"));
        assertTrue(err.toString().contains("--doc-date"), err.toString());
        assertEquals(ExitCodes.USAGE, run("extract", "--doc-date", "2024-02-30", "-"));
        assertEquals(ExitCodes.USAGE, run("extract", "--force-doc-date", "-"));
        assertTrue(err.toString().contains("--force-doc-date needs --doc-date"), err.toString());
        assertEquals(ExitCodes.USAGE, run("extract", "--types", "PERSON,PLANET", "-"));
        assertEquals(ExitCodes.USAGE, run("extract", "--threads", "0", "-"));
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void aMisspelledSettingStopsStartUpNamingIt() throws IOException {
        Path models = dir.resolve("models");
        try (var files = Files.walk(Path.of("models"))) {
            for (Path source : files.toList()) {
                Path target = models.resolve(Path.of("models").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path settings = models.resolve("relations.properties");
        Files.writeString(settings, Files.readString(settings).replace("reported.verbs =", "reported.verb ="));
        Files.writeString(dir.resolve("a.txt"), "Vladimir Putin visited North Korea.");
        assertEquals(ExitCodes.FATAL, run("extract", "--models", models.toString(), dir.resolve("a.txt").toString()));
        assertTrue(err.toString().contains("relations.properties: setting 'reported.verbs' is missing"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void helpAndVersion() {
        assertEquals(ExitCodes.OK, Main.execute("--help"));
        assertEquals(ExitCodes.OK, Main.execute("extract", "--help"));
        assertEquals(ExitCodes.OK, Main.execute("--version"));
    }

    @Test
    void badDocumentsGetErrorLinesAndTheRunGoesOn() throws IOException {
        Files.write(dir.resolve("a-empty.txt"), new byte[0]);
        Files.write(dir.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("c-good.txt"), "Vladimir Putin visited North Korea.");
        Files.write(dir.resolve("d-latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9});
        Path out = dir.resolve("out.jsonl");
        assertEquals(ExitCodes.SOME_FAILED, run("extract", "--models", "models", "--threads", "2", "-o", out.toString(), dir.toString()));
        List<JsonNode> docs = CliOutput.lines(out);
        assertEquals(List.of("a-empty.txt", "b-binary.txt", "c-good.txt", "d-latin1.txt"), docs.stream().map(d -> d.get("id").asText()).toList());
        assertEquals("empty", docs.get(0).get("error").get("kind").asText());
        assertEquals("binary", docs.get(1).get("error").get("kind").asText());
        assertFalse(docs.get(2).has("error"));
        assertEquals("visit", docs.get(2).get("triples").get(0).get("predicate").asText());
        assertEquals("encoding", docs.get(3).get("error").get("kind").asText());
        assertTrue(docs.get(0).get("entities").isEmpty());
        assertTrue(err.toString().contains("4 documents, 3 failed"), err.toString());
    }

    @Test
    void jsonlInputKeepsOrderUnderThreadsAndNamesMalformedLines() throws IOException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            in.append("{\"id\":\"doc").append(i).append("\",\"text\":\"Xi Jinping met Joe Biden in ").append(2000 + i).append(".\"}\n");
            if (i == 5) {
                in.append("{broken\n");
            }
        }
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, in);
        Path out = dir.resolve("out.jsonl");
        assertEquals(ExitCodes.SOME_FAILED, run("extract", "--models", "models", "--threads", "3", "-o", out.toString(), input.toString()));
        List<JsonNode> docs = CliOutput.lines(out);
        assertEquals(13, docs.size());
        assertEquals("doc5", docs.get(5).get("id").asText());
        assertEquals("malformed-json", docs.get(6).get("error").get("kind").asText());
        assertTrue(docs.get(6).get("error").get("message").asText().contains("line 7"));
        assertEquals("doc6", docs.get(7).get("id").asText());
        assertEquals("2006", docs.get(7).get("entities").findValues("value").get(0).asText());
    }

    @Test
    void allGoodIsExitZeroAndPrettyPrints() throws IOException {
        Path input = dir.resolve("one.txt");
        Files.writeString(input, "Vladimir Putin visited North Korea on the 19th.");
        Path out = dir.resolve("out.json");
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "--pretty", "--doc-date", "2024-06-14", "-o", out.toString(), input.toString()));
        JsonNode doc = new ObjectMapper().readTree(Files.readString(out));
        assertEquals("newsie/1", doc.get("schema").asText());
        assertEquals("2024-06-14", doc.get("docDate").asText());
        assertTrue(Files.readString(out).contains("\n  \"id\""), "indented");
        assertEquals("2024-05-19", doc.get("triples").get(0).get("date").get("value").asText(), "visited: the 19th before June 14");
    }

    @Test
    void resumeFinishesAnInterruptedRunWithEveryDocumentOnce() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < 5; i++) {
            Files.writeString(in.resolve("d" + i + ".txt"), "Xi Jinping met Joe Biden in " + (2000 + i) + ".");
        }
        Path out = dir.resolve("out.jsonl");
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "-o", out.toString(), in.toString()));
        List<String> full = Files.readAllLines(out);
        // as if killed while writing the fourth line
        Files.writeString(out, full.get(0) + "\n" + full.get(1) + "\n" + full.get(2) + "\n" + full.get(3).substring(0, 20));
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "--resume", "-o", out.toString(), in.toString()));
        assertEquals(full, Files.readAllLines(out));
        assertTrue(err.toString().contains("3 already in the output"), err.toString());
    }

    @Test
    void errorsFileAndTimeoutRecords() throws IOException {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        // long enough to run past a 1 ms limit by far
        Files.writeString(in.resolve("a.txt"), Files.readString(Path.of("samples/putin-visits-north-korea.txt")).repeat(2));
        Files.write(in.resolve("b.txt"), new byte[0]);
        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("errors.jsonl");
        assertEquals(ExitCodes.SOME_FAILED, run("extract", "--models", "models", "--doc-timeout", "0.001", "--errors", errors.toString(),
                "-o", out.toString(), in.toString()));
        List<JsonNode> docs = CliOutput.lines(out);
        assertEquals("timeout", docs.get(0).get("error").get("kind").asText());
        assertEquals("empty", docs.get(1).get("error").get("kind").asText());
        assertEquals(2, CliOutput.lines(errors).size());
        assertTrue(err.toString().contains("{empty=1, timeout=1}"), err.toString());
    }

    @Test
    void htmlOutputSaysItsOffsetsPointIntoTheExtractedText() throws IOException {
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><meta property=\"article:published_time\" content=\"2024-06-14\"></head>"
                + "<body><nav>Home</nav><article><p>Vladimir Putin visited North Korea on the 19th.</p></article></body></html>");
        Path out = dir.resolve("out.jsonl");
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "-o", out.toString(), page.toString()));
        JsonNode doc = CliOutput.lines(out).get(0);
        assertEquals("html", doc.get("textSource").asText());
        assertEquals("2024-06-14", doc.get("docDate").asText());
        assertEquals("html-meta", doc.get("docDateSource").asText());
        String text = doc.get("text").asText();
        for (JsonNode e : doc.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                assertEquals(m.get("text").asText(), text.substring(m.get("start").asInt(), m.get("end").asInt()));
            }
        }
        assertEquals("2024-05-19", doc.get("triples").get(0).get("date").get("value").asText(), "visited: the 19th before June 14");
    }

    @Test
    void resumeNeedsAnOutputFile() {
        assertEquals(ExitCodes.USAGE, run("extract", "--resume", "-"));
    }

    @Test
    void typesLimitTheEntities() throws IOException {
        Path input = dir.resolve("one.txt");
        // "November 11, three days later" is a date cut at "three" and re-read: it must go too
        Files.writeString(input, "Vladimir Putin visited North Korea in 2024. He left on November 11, three days later.");
        Path out = dir.resolve("out.jsonl");
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "--types", "COUNTRY", "-o", out.toString(), input.toString()));
        JsonNode doc = CliOutput.lines(out).get(0);
        assertEquals(1, doc.get("entities").size());
        assertEquals("COUNTRY", doc.get("entities").get(0).get("type").asText());
        assertTrue(doc.get("triples").isEmpty());
    }
}
