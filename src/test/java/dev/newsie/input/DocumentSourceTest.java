package dev.newsie.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentSourceTest {
    @TempDir
    Path dir;

    private List<Document> read(InputFormat format, String stdin, String... inputs) {
        DocumentSource source = new DocumentSource(List.of(inputs), format, 1000,
                () -> new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        List<Document> out = new ArrayList<>();
        source.forEachRemaining(out::add);
        return out;
    }

    @Test
    void missingPathIsAUsageErrorNamingIt() {
        UsageException e = assertThrows(UsageException.class, () -> read(InputFormat.auto, "", dir.resolve("nope.txt").toString()));
        assertTrue(e.getMessage().contains("nope.txt"), e.getMessage());
    }

    @Test
    void directoryYieldsEveryTxtBelowItSorted() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.txt"), "two");
        Files.writeString(dir.resolve("a.txt"), "one");
        Files.writeString(dir.resolve("c.md"), "not an article");
        List<Document> docs = read(InputFormat.auto, "", dir.toString());
        assertEquals(List.of("a.txt", "b/2.txt"), docs.stream().map(Document::id).toList());
        assertNull(docs.get(0).docDate(), "a text file gives no date of its own: the dateline or --doc-date does, later");
    }

    @Test
    void emptyBinaryAndNonUtf8FilesBecomeErrorDocuments() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("huge.txt"), "x".repeat(5000));
        List<Document> docs = read(InputFormat.auto, "", dir.toString());
        assertEquals(List.of("binary", "empty", "too-large", "encoding"),
                docs.stream().map(d -> d.error().kind()).toList());
    }

    @Test
    void jsonlRecordsKeepOrderAndMalformedLinesNameTheirLineNumber() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, """
                {"id": "a", "text": "Putin visited Seoul.", "date": "2024-06-14", "other": 1}
                {not json

                {"id": 7, "text": "Second."}
                {"id": "c"}
                {"id": "d", "text": "x", "date": "14/06/2024"}
                """);
        List<Document> docs = read(InputFormat.auto, "", file.toString());
        assertEquals(5, docs.size());
        assertEquals("a", docs.get(0).id());
        assertEquals("2024-06-14", docs.get(0).docDate());
        assertNull(docs.get(0).error());
        assertEquals("malformed-json", docs.get(1).error().kind());
        assertTrue(docs.get(1).error().message().contains("line 2"), docs.get(1).error().message());
        assertEquals("7", docs.get(2).id());
        assertNull(docs.get(2).docDate(), "a record without a date leaves it to the dateline or --doc-date");
        assertEquals("bad-field", docs.get(3).error().kind());
        assertEquals("bad-field", docs.get(4).error().kind());
    }

    @Test
    void stdinIsPlainTextOrJsonl() {
        assertEquals("Some text.", read(InputFormat.auto, "Some text.", "-").get(0).text());
        List<Document> docs = read(InputFormat.jsonl, "{\"id\":\"x\",\"text\":\"T\"}\n{\"id\":\"x\",\"text\":\"U\"}\n", "-");
        assertEquals(List.of("x", "x#2"), docs.stream().map(Document::id).toList());
    }
}
