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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stable document ids, source URLs, and web pages parsed on the worker (issues 9 and 12, input side). */
class PagesAndIdsTest {
    @TempDir
    Path dir;

    private static List<Document> read(InputOptions options, String... inputs) {
        DocumentSource source = new DocumentSource(List.of(inputs), null, options, () -> new ByteArrayInputStream(new byte[0]));
        List<Document> out = new ArrayList<>();
        source.forEachRemaining(d -> out.add(source.complete(d)));
        return out;
    }

    private static List<String> ids(List<Document> docs) {
        return docs.stream().map(Document::id).toList();
    }

    @Test
    void aFileHasTheSameIdHoweverItsPathIsTyped() throws IOException {
        Path samples = Files.createDirectories(dir.resolve("samples"));
        Files.writeString(samples.resolve("x.txt"), "Putin visited Seoul.");
        Path relative = Path.of("").toAbsolutePath().relativize(samples.resolve("x.txt"));
        for (String typed : List.of(samples.resolve("x.txt").toString(), relative.toString(), "./" + relative,
                samples.resolve("../samples/./x.txt").toString())) {
            assertEquals(List.of("x.txt"), ids(read(InputOptions.defaults(), typed)), typed);
        }
        // the directory that holds it gives the same id: the path relative to the directory given
        assertEquals(List.of("x.txt"), ids(read(InputOptions.defaults(), samples.toString())));
        assertEquals(List.of("samples/x.txt"), ids(read(InputOptions.defaults(), dir.toString())));
    }

    @Test
    void twoFilesOfOneNameGetTheHashRule() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a/x.txt"), "One.");
        Files.writeString(dir.resolve("b/x.txt"), "Two.");
        List<Document> docs = read(InputOptions.defaults(), dir.resolve("a/x.txt").toString(), dir.resolve("b/x.txt").toString());
        assertEquals(List.of("x.txt", "x.txt#2"), ids(docs));
        assertEquals("Two.", docs.get(1).text());
    }

    @Test
    void recordsWithoutIdAreNamedByTheFileNameAndLine() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"A.\"}\n{\"text\":\"B.\"}\n");
        assertEquals(List.of("a", "in.jsonl:2"), ids(read(InputOptions.defaults(), file.toString())));
    }

    @Test
    void jsonlUrlFieldIsCarriedAndCheckedAndItsNameIsAnOption() throws IOException {
        Path wikinews = dir.resolve("wikinews.jsonl");
        Files.writeString(wikinews, "{\"id\":\"w\",\"text\":\"W.\",\"url\":\"http://en.wikinews.org/wiki/\\\"Big_Three\\\"_at_100%\"}\n");
        assertEquals("http://en.wikinews.org/wiki/%22Big_Three%22_at_100%25", read(InputOptions.defaults(), wikinews.toString()).get(0).url(),
                "characters a URI may not hold as written are percent-encoded");
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, """
                {"id":"a","text":"A.","url":"https://example.org/news/a?x=1"}
                {"id":"b","text":"B."}
                {"id":"c","text":"C.","url":""}
                {"id":"d","text":"D.","url":"not a url"}
                {"id":"e","text":"E.","url":42}
                {"id":"f","text":"F.","link":"urn:uuid:0a4e5c3e-1b2b-4a1e-9a5c-3f1f2b9d7e01"}
                """);
        List<Document> docs = read(InputOptions.defaults(), file.toString());
        assertEquals("https://example.org/news/a?x=1", docs.get(0).url());
        assertNull(docs.get(1).url());
        assertNull(docs.get(2).url());
        // an address that is no absolute URL is left out; the article is still read
        assertNull(docs.get(3).error());
        assertNull(docs.get(3).url());
        assertEquals("D.", docs.get(3).text());
        assertNull(docs.get(4).error());
        assertNull(docs.get(4).url());
        assertNull(docs.get(5).url());
        InputOptions link = new InputOptions(InputFormat.auto, 1000, "id", "text", "date", List.of(), List.of(), true, "link");
        List<Document> linked = read(link, file.toString());
        assertEquals("urn:uuid:0a4e5c3e-1b2b-4a1e-9a5c-3f1f2b9d7e01", linked.get(5).url());
        assertNull(linked.get(0).url(), "the url field is not read when another is named");
    }

    @Test
    void aPageGivesItsCanonicalLinkElseOgUrl() {
        String canonical = "<html><head><link rel=\"canonical\" href=\"https://news.example/a/1\">"
                + "<meta property=\"og:url\" content=\"https://m.news.example/a/1\"></head><body><p>Text.</p></body></html>";
        assertEquals("https://news.example/a/1", HtmlArticle.parse(canonical).url());
        String og = "<html><head><link rel=\"canonical\" href=\"/a/1\"><meta property=\"og:url\" content=\"https://m.news.example/a/1\">"
                + "</head><body><p>Text.</p></body></html>";
        assertEquals("https://m.news.example/a/1", HtmlArticle.parse(og).url(), "a relative canonical link is not an address");
        assertNull(HtmlArticle.parse("<html><body><p>Text.</p></body></html>").url());
    }

    @Test
    void aPageIsParsedWhenCompletedNotWhenRead() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String html = "<html><head><link rel=\"canonical\" href=\"https://news.example/a/1\">"
                + "<meta property=\"article:published_time\" content=\"2024-06-14T09:00:00Z\"></head>"
                + "<body><nav>Home</nav><p>Putin visited Seoul.</p></body></html>";
        byte[] page = html.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + page.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(page, 0, withBom, bom.length, page.length);
        Files.write(dir.resolve("page.html"), withBom);
        DocumentSource source = new DocumentSource(List.of(dir.resolve("page.html").toString()), null, InputOptions.defaults(), () -> null);
        Document read = source.next();
        assertTrue(read.pending(), "reading does not parse");
        assertEquals(html, read.text(), "the byte-order mark is dropped");
        Document done = source.complete(read);
        assertFalse(done.pending());
        assertEquals("html", done.textSource());
        assertEquals("Putin visited Seoul.\n", done.text());
        assertEquals("2024-06-14", done.docDate());
        assertEquals("https://news.example/a/1", done.url());
        assertEquals("page.html", done.id());
        Document text = Document.ok("t", "Plain.", null);
        assertEquals(text, source.complete(text), "other documents pass through");
    }
}
