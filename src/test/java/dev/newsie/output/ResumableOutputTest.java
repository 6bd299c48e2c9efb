package dev.newsie.output;

import dev.newsie.input.UsageException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aLineThatIsNotNewsieOutputStopsTheResumeNamingFileAndLine() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "{\"schema\":\"newsie/1\",\"id\":\"a\"}\n{\"kind\":\"node\",\"id\":\"x\"}\n");
        UsageException e = assertThrows(UsageException.class, () -> ResumableOutput.prepare(out));
        assertTrue(e.getMessage().contains(out + " line 2 is not a newsie/1 record"), e.getMessage());
        Files.writeString(out, "garbage\n");
        e = assertThrows(UsageException.class, () -> ResumableOutput.prepare(out));
        assertTrue(e.getMessage().contains(out + " line 1 is not JSON"), e.getMessage());
    }

    @Test
    void cuttingAPartialLineKeepsWholeLinesAcrossBlocks() throws IOException {
        Path file = dir.resolve("errors.jsonl");
        String whole = "x".repeat(20_000) + "\n";
        Files.writeString(file, whole + "y".repeat(10_000));
        ResumableOutput.cutPartialLastLine(file);
        assertEquals(whole, Files.readString(file));
        Files.writeString(file, "no line break at all");
        ResumableOutput.cutPartialLastLine(file);
        assertEquals("", Files.readString(file));
        ResumableOutput.cutPartialLastLine(dir.resolve("absent"));
    }

    @Test
    void writeFailuresNameTheOutput() {
        OutputStream full = CheckedOutput.of(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, "out.jsonl", true);
        OutputFailedException e = assertThrows(OutputFailedException.class, () -> full.write(new byte[] {1, 2}, 0, 2));
        assertEquals("cannot write out.jsonl: No space left on device", e.getMessage());
    }
}
