package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `newsie eval` on the command line: text, -v and --json output, and its usage errors. */
class EvalCommandTest {
    private static final String GOLD = "src/test/resources/eval/news-triples-dev.jsonl";
    private static final String PRED = "src/test/resources/eval/pred.jsonl";
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.execute(new PrintWriter(err, true), out, args);
    }

    @Test
    void printsTheScoreAndWithVerboseWhatWasMissed() {
        assertEquals(ExitCodes.OK, run("eval", "--models", "models", "--gold", GOLD, PRED));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("PERSON        P ") && text.contains("triples       P "), text);
        assertFalse(text.contains("missed"), "per-document lists only with -v");
        out.reset();
        assertEquals(ExitCodes.OK, run("eval", "--models", "models", "-v", "--gold", GOLD, PRED));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("   missed ("), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonForScripts() throws IOException {
        assertEquals(ExitCodes.OK, run("eval", "--models", "models", "--json", "--gold", GOLD, PRED));
        JsonNode score = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        JsonNode expected = new ObjectMapper().readTree(Path.of("src/test/resources/eval/expected.json").toFile());
        assertEquals(expected.get("triples").get("F1").asDouble(), score.get("triples").get("f1").asDouble(), 1e-9);
        assertEquals(expected.get("PERSON").get("R").asDouble(), score.get("PERSON").get("r").asDouble(), 1e-9);
        assertEquals(22, score.get("docs").asInt());
    }

    @Test
    void missingFilesAndBrokenLinesAreUsageErrors() throws IOException {
        assertEquals(ExitCodes.USAGE, run("eval", "--gold", dir.resolve("none.jsonl").toString(), PRED));
        assertTrue(err.toString().contains("none.jsonl"), err.toString());
        Path broken = dir.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"a\"}\n{not json\n");
        assertEquals(ExitCodes.USAGE, run("eval", "--models", "models", "--gold", GOLD, broken.toString()));
        assertTrue(err.toString().contains("broken.jsonl line 2"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
    }
}
