package dev.newsie.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * An output file to continue after an interrupted run: a partially written last line (the run was
 * killed mid-write) is cut off, and the ids of the documents already written are collected so that
 * the resumed run skips them.
 */
public final class ResumableOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResumableOutput() {
    }

    /** Repairs {@code file} in place and returns the ids it holds; an absent file holds none. */
    public static Set<String> prepare(Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        if (!Files.exists(file)) {
            return ids;
        }
        cutPartialLastLine(file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode id = JSON.readTree(line).get("id");
                if (id != null) {
                    ids.add(id.asText());
                }
            }
        }
        return ids;
    }

    /** Truncates the file after its last newline. */
    static void cutPartialLastLine(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long end = raf.length();
            long pos = end - 1;
            while (pos >= 0) {
                raf.seek(pos);
                if (raf.read() == '\n') {
                    break;
                }
                pos--;
            }
            if (pos + 1 < end) {
                raf.setLength(pos + 1);
            }
        }
    }
}
