package dev.newsie.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.input.UsageException;

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
 * the resumed run skips them. A line that is not a newsie/1 record stops the resume (exit 2) with the
 * file and line: appending to a file that is not newsie's output would mix two things.
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
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ids.add(idOf(file, number, line));
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new UsageException("cannot resume: " + file + " is not newsie output (not UTF-8 text)");
        }
        return ids;
    }

    private static String idOf(Path file, long number, String line) {
        JsonNode record;
        try {
            record = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw notOutput(file, number, "not JSON: " + e.getOriginalMessage());
        }
        if (record == null || !record.isObject() || !JsonLinesWriter.SCHEMA.equals(record.path("schema").asText(null))) {
            throw notOutput(file, number, "not a " + JsonLinesWriter.SCHEMA + " record");
        }
        JsonNode id = record.get("id");
        if (id == null || !id.isTextual()) {
            throw notOutput(file, number, "a record without an id");
        }
        return id.asText();
    }

    private static UsageException notOutput(Path file, long line, String what) {
        return new UsageException("cannot resume: " + file + " line " + line + " is " + what
                + "; --resume appends only to newsie extract JSON Lines output (move the file away or fix that line)");
    }

    /** Makes a file end at a line break: a partially written last line (the run was killed mid-write) is cut. */
    public static void cutPartialLastLine(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long end = raf.length();
            long pos = end - 1;
            byte[] block = new byte[8192];
            // scan backwards a block at a time for the last '\n'
            while (pos >= 0) {
                long from = Math.max(0, pos - block.length + 1);
                int n = (int) (pos - from + 1);
                raf.seek(from);
                raf.readFully(block, 0, n);
                int i = n - 1;
                while (i >= 0 && block[i] != '\n') {
                    i--;
                }
                if (i >= 0) {
                    pos = from + i;
                    break;
                }
                pos = from - 1;
            }
            if (pos + 1 < end) {
                raf.setLength(pos + 1);
            }
        }
    }
}
