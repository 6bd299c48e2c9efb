package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code newsie extract} against a careless or hostile user (issue 9): nothing lost, nothing hung, clear errors. */
class HostileCliTest {
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        TestPipeline.extractor(); // CoreNLP caches loaded models: the CLI's pipeline reuses the fixture's
        return Main.execute(new PrintWriter(err, true), args);
    }

    private int runTo(OutputStream stdout, String... args) {
        TestPipeline.extractor();
        return Main.execute(new PrintWriter(err, true), stdout, args);
    }


    private Path articles(int n) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve("d" + i + ".txt"), "Xi Jinping met Joe Biden in " + (2000 + i) + ".");
        }
        return in;
    }

    private void assertNoStackTrace() {
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }

    // 1. The output (or --errors) must never be one of the inputs, and -o and --errors must differ.
    @Test
    void item1AnOutputThatIsAlsoAnInputIsRefused() throws IOException {
        Path input = dir.resolve("b.jsonl");
        String records = "{\"id\":\"a\",\"text\":\"Putin visited Seoul.\"}\n";
        Files.writeString(input, records);
        Path sameFileOtherSpelling = dir.resolve(".").resolve("b.jsonl");
        assertEquals(ExitCodes.USAGE, run("extract", "--models", "models", "-o", sameFileOtherSpelling.toString(), input.toString()));
        assertTrue(err.toString().contains("is also an input"), err.toString());
        assertEquals(ExitCodes.USAGE, run("extract", "--models", "models", "--errors", input.toString(), "-o",
                dir.resolve("out.jsonl").toString(), input.toString()));
        assertEquals(records, Files.readString(input), "the input is untouched");
        Path out = dir.resolve("out.jsonl");
        assertEquals(ExitCodes.USAGE, run("extract", "--models", "models", "-o", out.toString(), "--errors", out.toString(), input.toString()));
        assertTrue(err.toString().contains("same file"), err.toString());
        assertFalse(Files.exists(out), "nothing written");
        Path list = dir.resolve("list.txt");
        Files.writeString(list, input + "\n");
        assertEquals(ExitCodes.USAGE, run("extract", "--models", "models", "-o", list.toString(), "--from-list", list.toString()));
        assertEquals(input + "\n", Files.readString(list));
        assertNoStackTrace();
        // the output next to the inputs in a walked directory is still simply skipped
        Path walked = Files.createDirectories(dir.resolve("walked"));
        Files.writeString(walked.resolve("b.jsonl"), records);
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "-o", walked.resolve("c.jsonl").toString(), walked.toString()));
        assertEquals(List.of("a"), CliOutput.lines(walked.resolve("c.jsonl")).stream().map(d -> d.get("id").asText()).toList());
    }

    // 3. A write error on standard output (disk full, closed pipe) stops the run with exit 3.
    @Test
    void item3AFailingStandardOutputStopsTheRunWithExitThree() throws IOException {
        Path in = articles(6);
        int[] writes = {0};
        OutputStream closedPipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (++writes[0] > 1) {
                    throw new IOException("Broken pipe");
                }
            }
        };
        assertEquals(ExitCodes.FATAL, runTo(closedPipe, "extract", "--models", "models", "--threads", "1", in.toString()));
        assertTrue(err.toString().contains("cannot write standard output: the program reading it has stopped (broken pipe)"), err.toString());
        assertTrue(err.toString().contains("stopped after 1 documents"), "stops at the first failed line: " + err);
        assertFalse(err.toString().contains("6 documents, 0 failed"), "no success summary: " + err);
        assertNoStackTrace();
    }

    // 4. --errors with --resume appends: the error lines of the interrupted run stay.
    @Test
    void item4ResumeAppendsToTheErrorsFile() throws IOException {
        Path in = articles(3);
        Files.write(in.resolve("a-empty.txt"), new byte[0]);
        Path out = dir.resolve("out.jsonl");
        Path errors = dir.resolve("errors.jsonl");
        assertEquals(ExitCodes.SOME_FAILED, run("extract", "--models", "models", "-o", out.toString(), "--errors", errors.toString(), in.toString()));
        List<String> full = Files.readAllLines(out);
        List<String> fullErrors = Files.readAllLines(errors);
        assertEquals(1, fullErrors.size());
        // killed after two documents, the second error line half written
        Files.writeString(out, full.get(0) + "\n" + full.get(1) + "\n");
        Files.writeString(errors, fullErrors.get(0) + "\n{\"schema\":\"newsie/1\",\"id\":\"d");
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "--resume", "-o", out.toString(), "--errors", errors.toString(), in.toString()));
        assertEquals(full, Files.readAllLines(out));
        assertEquals(fullErrors, Files.readAllLines(errors));
    }

    // 6. Generated ids are unique against real ones, so --resume after a kill skips nothing it should not.
    @Test
    void item6ResumeWithGeneratedIdsLosesNothing() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, """
                {"id":"x","text":"Xi Jinping met Joe Biden in 2001."}
                {"id":"x","text":"Xi Jinping met Joe Biden in 2002."}
                {"id":"x#2","text":"Xi Jinping met Joe Biden in 2003."}
                """);
        Path out = dir.resolve("out.jsonl");
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "-o", out.toString(), input.toString()));
        List<String> full = Files.readAllLines(out);
        assertEquals(3, CliOutput.lines(out).stream().map(d -> d.get("id").asText()).distinct().count());
        Files.writeString(out, full.get(0) + "\n" + full.get(1) + "\n");
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "--resume", "-o", out.toString(), input.toString()));
        assertEquals(full, Files.readAllLines(out));
        assertTrue(CliOutput.lines(out).get(2).toString().contains("2003"));
    }

    // 11. A page's parsing runs under --doc-timeout, on the worker, not on the thread that reads the inputs.
    @Test
    void item11AHostilePageIsTimedLikeAnyDocument() throws IOException {
        Path in = Files.createDirectories(dir.resolve("pages"));
        int depth = 50_000;
        Files.writeString(in.resolve("a-deep.html"), "<html><body><article>" + "<blockquote>".repeat(depth)
                + "Vladimir Putin visited North Korea." + "</blockquote>".repeat(depth) + "</article></body></html>");
        Files.writeString(in.resolve("b-plain.html"), "<html><body><p>Xi Jinping met Joe Biden.</p></body></html>");
        Path out = dir.resolve("out.jsonl");
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run("extract", "--models", "models", "--threads", "1",
                "--doc-timeout", "0.001", "-o", out.toString(), in.toString()));
        assertEquals(ExitCodes.SOME_FAILED, code);
        List<JsonNode> docs = CliOutput.lines(out);
        assertEquals(List.of("a-deep.html", "b-plain.html"), docs.stream().map(d -> d.get("id").asText()).toList());
        assertEquals("timeout", docs.get(0).get("error").get("kind").asText());
        // and without the limit, the deep page gives its text
        assertEquals(ExitCodes.OK, assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> run("extract", "--models", "models", "-o", out.toString(), in.resolve("a-deep.html").toString())));
        assertEquals("visit", CliOutput.lines(out).get(0).get("triples").get(0).get("predicate").asText());
    }

    // 13. Every numeric and list option is checked: exit 2 with the accepted range, before any work.
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--max-chars   | 3000000000000000000 | from 1 to 100,000,000",
            "--max-chars   | 0                   | from 1 to 100,000,000",
            "--max-chars   | ten                 | from 1 to 100,000,000",
            "--doc-timeout | 1e10                | 0 (no limit) or 0.001 to 86400 seconds",
            "--doc-timeout | NaN                 | 0 (no limit) or 0.001 to 86400 seconds",
            "--doc-timeout | 0.0001              | 0 (no limit) or 0.001 to 86400 seconds",
            "--doc-timeout | -1                  | 0 (no limit) or 0.001 to 86400 seconds",
            "--doc-timeout | Infinity            | 0 (no limit) or 0.001 to 86400 seconds",
            "--threads     | 0                   | from 1 to 256",
            "--threads     | 100000              | from 1 to 256",
            "--types       | ','                 | one or more of PERSON,COUNTRY,DATE,ORGANIZATION",
            "--types       | PERSON,,DATE        | one or more of PERSON,COUNTRY,DATE,ORGANIZATION",
            "--types       | PLANET              | one or more of PERSON,COUNTRY,DATE,ORGANIZATION",
            "--doc-date    | 2024-13-45          | YYYY-MM-DD",
            "--id-field    | ''                  | must not be empty",
    })
    void item13OptionValuesOutOfRangeAreUsageErrors(String option, String value, String accepted) throws IOException {
        Path input = dir.resolve("a.txt");
        Files.writeString(input, "Putin visited Seoul.");
        Path out = dir.resolve("out.jsonl");
        assertEquals(ExitCodes.USAGE, run("extract", "--models", "models", option, value, "-o", out.toString(), input.toString()));
        assertTrue(err.toString().contains("Invalid value for option '" + option + "'"), err.toString());
        assertTrue(err.toString().contains(accepted), err.toString());
        assertFalse(Files.exists(out), "no work done");
        assertNoStackTrace();
    }

    @Test
    void item13ValuesInRangeStillWork() throws IOException {
        Path input = dir.resolve("a.txt");
        Files.writeString(input, "Vladimir Putin visited North Korea.");
        Path out = dir.resolve("out.jsonl");
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "--max-chars", "100000000", "--doc-timeout", "0",
                "--threads", "256", "--types", "person, country", "-o", out.toString(), input.toString()));
        assertEquals("visit", CliOutput.lines(out).get(0).get("triples").get(0).get("predicate").asText());
    }

    // Messages: --resume on a file that is not newsie output names the file and the line.
    @Test
    void resumeOnAForeignFileNamesItsLine() throws IOException {
        Path input = dir.resolve("a.txt");
        Files.writeString(input, "Putin visited Seoul.");
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"schema\":\"newsie/1\",\"id\":\"x\"}\nthis is not JSON\n");
        assertEquals(ExitCodes.USAGE, run("extract", "--models", "models", "--resume", "-o", out.toString(), input.toString()));
        assertTrue(err.toString().contains(out + " line 2"), err.toString());
        assertNoStackTrace();
    }

    // Issue 12: the document's source URL reaches the output; ids do not depend on how the path was typed.
    @Test
    void urlsFromJsonlAndPagesAreInTheOutputAndIdsAreStable() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.writeString(input, "{\"id\":\"a\",\"text\":\"Putin visited Seoul.\",\"url\":\"https://example.org/a\"}\n"
                + "{\"id\":\"b\",\"text\":\"Putin visited Seoul.\"}\n");
        Path page = dir.resolve("page.html");
        Files.writeString(page, "<html><head><meta property=\"og:url\" content=\"https://news.example/p\"></head>"
                + "<body><p>Putin visited Seoul.</p></body></html>");
        Path out = dir.resolve("out.jsonl");
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "-o", out.toString(), input.toString(), page.toString()));
        List<JsonNode> docs = CliOutput.lines(out);
        assertEquals("https://example.org/a", docs.get(0).get("url").asText());
        assertFalse(docs.get(1).has("url"));
        assertEquals("page.html", docs.get(2).get("id").asText());
        assertEquals("https://news.example/p", docs.get(2).get("url").asText());
        Path renamed = dir.resolve("renamed.jsonl");
        Files.writeString(renamed, "{\"id\":\"a\",\"text\":\"Putin visited Seoul.\",\"link\":\"https://example.org/a\"}\n");
        assertEquals(ExitCodes.OK, run("extract", "--models", "models", "--url-field", "link", "-o", out.toString(), renamed.toString()));
        assertEquals("https://example.org/a", CliOutput.lines(out).get(0).get("url").asText());
    }
}
