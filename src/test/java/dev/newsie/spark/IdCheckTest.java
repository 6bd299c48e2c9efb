package dev.newsie.spark;

import dev.newsie.input.InputOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The id checker of the Spark scripts finds a lost, a repeated and an unknown document, and passes a good run. */
class IdCheckTest {
    @TempDir
    Path dir;

    private Path output(String... lines) throws IOException {
        Path out = Files.createTempDirectory(dir, "out");
        Files.writeString(out.resolve("part-00000"), lines.length > 0 ? lines[0] + "\n" : "");
        Files.writeString(out.resolve("part-00001"), String.join("\n", List.of(lines).subList(Math.min(1, lines.length), lines.length)) + "\n");
        return out;
    }

    @Test
    void findsLostRepeatedAndUnknownIds() throws IOException {
        Path input = dir.resolve("in.jsonl");
        Files.write(input, List.of("{\"id\":\"a\",\"text\":\"x\"}", "{\"id\":\"b\",\"text\":\"y\"}", "{\"id\":\"a\",\"text\":\"z\"}",
                "{\"text\":\"no id\"}"));
        String noId = "in.jsonl:4"; // a file argument is named by its file name, as on the command line
        InputOptions options = InputOptions.defaults();
        IdCheck.Result good = IdCheck.check(List.of(input.toString()), options,
                output("{\"id\":\"a\"}", "{\"id\":\"b\"}", "{\"id\":\"a#2\"}", "{\"id\":\"" + noId + "\"}"));
        assertTrue(good.ok(), good.toString());
        assertTrue(good.inOrder());
        assertEquals(4, good.expected());

        IdCheck.Result bad = IdCheck.check(List.of(input.toString()), options,
                output("{\"id\":\"b\"}", "{\"id\":\"a\"}", "{\"id\":\"b\"}", "{\"id\":\"c\"}"));
        assertFalse(bad.ok());
        assertEquals(List.of("a#2", noId), bad.missing());
        assertEquals(List.of("b"), bad.repeated());
        assertEquals(List.of("c"), bad.unknown());
        assertFalse(bad.inOrder());
    }
}
