package dev.newsie.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ResumableOutputTest {
    @TempDir
    Path dir;

    @Test
    void aTruncatedLastLineIsCutAndTheWrittenIdsAreKnown() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"schema\":\"newsie/1\",\"id\":\"a\"}\n{\"schema\":\"newsie/1\",\"id\":\"b\"}\n{\"schema\":\"newsie/1\",\"id\":\"c\",\"ent");
        assertEquals(Set.of("a", "b"), ResumableOutput.prepare(out));
        assertEquals("{\"schema\":\"newsie/1\",\"id\":\"a\"}\n{\"schema\":\"newsie/1\",\"id\":\"b\"}\n", Files.readString(out));
        assertEquals(Set.of(), ResumableOutput.prepare(dir.resolve("absent.jsonl")));
    }
}
