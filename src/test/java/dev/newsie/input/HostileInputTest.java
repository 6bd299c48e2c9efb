package dev.newsie.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The input side of the hostile-input audit (issue 9): each numbered case of the issue that the reader
 * owns, with the input that broke it. Pipes and links are made with the system's own tools.
 */
class HostileInputTest {
    private static final Duration HANG = Duration.ofSeconds(20);
    @TempDir
    Path dir;

    private static List<Document> read(DocumentSource source) {
        List<Document> out = new ArrayList<>();
        source.forEachRemaining(out::add);
        return out;
    }

    private static DocumentSource source(InputFormat format, String... inputs) {
        return new DocumentSource(List.of(inputs), format, 1000, () -> new ByteArrayInputStream(new byte[0]));
    }

    private static List<String> ids(List<Document> docs) {
        return docs.stream().map(Document::id).toList();
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo is needed for this test");
    }

    /** Writes {@code content} into the pipe from another thread (opening a pipe blocks until both ends are open). */
    private static Thread writeInto(Path fifo, String content) {
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the reader went away: the test says what was missing
            }
        });
        writer.setDaemon(true);
        writer.start();
        return writer;
    }

    private static String records(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("{\"id\":\"r").append(i).append("\",\"text\":\"Record ").append(i).append(".\"}\n");
        }
        return sb.toString();
    }

    // 2. The progress counter must never read what can be read only once: a pipe named on the command line.
    @Test
    void item2CountingNeverOpensAPipeAndTheRunReadsAllOfIt() throws Exception {
        Path fifo = dir.resolve("in.jsonl");
        mkfifo(fifo);
        writeInto(fifo, records(50));
        DocumentSource source = source(InputFormat.jsonl, fifo.toString());
        long counted = assertTimeoutPreemptively(HANG, source::countDocuments);
        assertEquals(-1, counted, "a pipe cannot be counted without consuming it");
        List<Document> docs = assertTimeoutPreemptively(HANG, () -> read(source));
        assertEquals(50, docs.size());
        assertEquals("Record 49.", docs.get(49).text());
        // a list of inputs given as a pipe is not read twice either
        Path list = dir.resolve("list");
        mkfifo(list);
        Files.writeString(dir.resolve("a.txt"), "A text.");
        writeInto(list, dir.resolve("a.txt") + "\n");
        DocumentSource listed = new DocumentSource(List.of(), list, InputOptions.defaults(), () -> null);
        assertEquals(-1, assertTimeoutPreemptively(HANG, listed::countDocuments));
        assertEquals(List.of("a.txt"), ids(assertTimeoutPreemptively(HANG, () -> read(listed))));
    }

    // 5. Two records on one line: the second must not vanish.
    @Test
    void item5TrailingContentOnAJsonlLineIsMalformed() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"A.\"} {\"id\":\"b\",\"text\":\"B.\"}\n{\"id\":\"c\",\"text\":\"C.\"}\n");
        List<Document> docs = read(source(InputFormat.auto, file.toString()));
        assertEquals(2, docs.size());
        assertEquals("malformed-json", docs.get(0).error().kind());
        assertTrue(docs.get(0).error().message().contains("line 1"), docs.get(0).error().message());
        assertEquals("c", docs.get(1).id());
        assertNull(docs.get(1).error());
    }

    // 6. Generated ids ("#N") must not collide with real ones.
    @Test
    void item6GeneratedIdsAreUniqueAgainstRealOnes() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, """
                {"id":"x","text":"One."}
                {"id":"x","text":"Two."}
                {"id":"x#2","text":"Three."}
                {"id":"x","text":"Four."}
                {"id":"x#3","text":"Five."}
                """);
        List<String> ids = ids(read(source(InputFormat.auto, file.toString())));
        assertEquals(List.of("x", "x#2", "x#2#2", "x#3", "x#3#2"), ids);
        assertEquals(ids.size(), ids.stream().distinct().count());
    }

    // 7. A UTF-8 byte-order mark is not text: JSONL and plain text (HTML: PagesAndIdsTest).
    @Test
    void item7ByteOrderMarksAreDropped() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(dir.resolve("a.jsonl"), concat(bom, "{\"id\":\"first\",\"text\":\"Putin visited Seoul.\"}\n".getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("b.txt"), concat(bom, "Putin visited Seoul.".getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("c.txt"), bom);
        List<Document> docs = read(source(InputFormat.auto, dir.toString()));
        assertEquals(List.of("first", "b.txt", "c.txt"), ids(docs));
        assertNull(docs.get(0).error());
        assertEquals("Putin visited Seoul.", docs.get(0).text());
        assertEquals("Putin visited Seoul.", docs.get(1).text());
        assertEquals("empty", docs.get(2).error().kind(), "a file holding only a byte-order mark is empty");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // 8. One endless JSONL line (a gzip bomb decompresses to this) is read through, never held.
    @Test
    void item8AnEndlessLineIsATooLargeRecordAndTheNextOneIsRead() {
        long lineBytes = 2_500_000_000L; // more than any Java array can hold
        byte[] tail = "\"}\n{\"id\":\"next\",\"text\":\"After the bomb.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] head = "{\"id\":\"bomb\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        InputStream bomb = new InputStream() {
            private long pos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                long total = head.length + lineBytes + tail.length;
                if (pos >= total) {
                    return -1;
                }
                int n = (int) Math.min(len, total - pos);
                for (int i = 0; i < n; i++, pos++) {
                    b[off + i] = pos < head.length ? head[(int) pos]
                            : pos < head.length + lineBytes ? (byte) 'a' : tail[(int) (pos - head.length - lineBytes)];
                }
                return n;
            }
        };
        DocumentSource source = new DocumentSource(List.of("-"), InputFormat.jsonl, 1000, () -> bomb);
        List<Document> docs = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> read(source));
        assertEquals(2, docs.size());
        assertEquals("too-large", docs.get(0).error().kind());
        assertTrue(docs.get(0).error().message().contains("line 1"), docs.get(0).error().message());
        assertEquals("next", docs.get(1).id());
        assertEquals("After the bomb.", docs.get(1).text());
    }

    // 9. A pipe (or socket, device) inside a walked directory is skipped with a record that says why.
    @Test
    void item9NonRegularFilesInADirectoryAreSkippedWithAReason() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Putin visited Seoul.");
        mkfifo(dir.resolve("b.jsonl"));
        Files.writeString(dir.resolve("c.txt"), "Xi visited Paris.");
        List<Document> docs = assertTimeoutPreemptively(HANG, () -> read(source(InputFormat.auto, dir.toString())));
        assertEquals(List.of("a.txt", "b.jsonl", "c.txt"), ids(docs));
        assertNull(docs.get(0).error());
        assertEquals("unreadable", docs.get(1).error().kind());
        assertTrue(docs.get(1).error().message().contains("named pipe"), docs.get(1).error().message());
        assertEquals("Xi visited Paris.", docs.get(2).text());
        assertEquals(3, assertTimeoutPreemptively(HANG, () -> source(InputFormat.auto, dir.toString()).countDocuments()));
    }

    // 10. A symbolic link loop: each real directory is read once, and the loop gets one message.
    @Test
    void item10SymlinkLoopsAreFollowedOnce() throws IOException {
        Path d = dir.resolve("d");
        Files.createDirectories(d.resolve("sub"));
        Files.writeString(d.resolve("a.txt"), "A.");
        Files.writeString(d.resolve("sub/b.txt"), "B.");
        Files.createSymbolicLink(d.resolve("sub/loop"), Path.of(".."));
        Files.createSymbolicLink(d.resolve("twin"), Path.of("sub"));
        List<String> warnings = new ArrayList<>();
        List<Document> docs = assertTimeoutPreemptively(HANG,
                () -> read(source(InputFormat.auto, d.toString()).warningsTo(warnings::add)));
        assertEquals(List.of("a.txt", "sub/b.txt"), ids(docs));
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("sub/loop: symbolic link loop"), warnings.toString());
        assertTrue(warnings.get(1).startsWith("twin: same directory as sub"), warnings.toString());
        assertEquals(2, source(InputFormat.auto, d.toString()).countDocuments());
        InputOptions unsorted = new InputOptions(InputFormat.auto, 1000, "id", "text", "date", List.of(), List.of(), false, "url");
        List<String> streamed = ids(assertTimeoutPreemptively(HANG,
                () -> read(new DocumentSource(List.of(d.toString()), null, unsorted, () -> null))));
        assertEquals(java.util.Set.of("a.txt", "sub/b.txt"), java.util.Set.copyOf(streamed), "own paths win over links");
        assertEquals(2, streamed.size());
        // a directory reached only through a link is read, after the rest
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/x.txt"), "X.");
        Files.createSymbolicLink(d.resolve("a-link"), Path.of("../elsewhere"));
        assertEquals(List.of("a.txt", "sub/b.txt", "a-link/x.txt"), ids(read(source(InputFormat.auto, d.toString()))));
    }

    // 11. Block extraction is one pass over the page, whatever its depth.
    @Test
    void item11DeeplyNestedHtmlIsReadInLinearTime() {
        int depth = 50_000;
        String page = "<html><body><article>" + "<blockquote>".repeat(depth) + "Vladimir Putin visited North Korea."
                + "</blockquote>".repeat(depth) + "<p>Second paragraph.</p></article></body></html>";
        HtmlArticle article = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> HtmlArticle.parse(page));
        assertEquals("Vladimir Putin visited North Korea.\n\nSecond paragraph.\n", article.text());
    }

    // Messages: a broken link says it is one.
    @Test
    void aBrokenLinkSaysSo() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "A.");
        Files.createSymbolicLink(dir.resolve("broken.txt"), Path.of("gone.txt"));
        List<Document> docs = read(source(InputFormat.auto, dir.toString()));
        assertEquals(List.of("a.txt", "broken.txt"), ids(docs));
        String message = docs.get(1).error().message();
        assertTrue(message.contains("broken symbolic link") && message.contains("gone.txt"), message);
    }
}
