package dev.newsie.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inputs of batch runs: globs, gzip, HTML, JSONL field names, path lists. */
class BatchInputTest {
    @TempDir
    Path dir;

    private List<Document> read(InputOptions options, Path fromList, String... inputs) {
        List<Document> out = new ArrayList<>();
        new DocumentSource(List.of(inputs), fromList, options, () -> new ByteArrayInputStream(new byte[0])).forEachRemaining(out::add);
        return out;
    }

    private static InputOptions globs(List<String> includes, List<String> excludes) {
        return new InputOptions(InputFormat.auto, 100_000, "id", "text", "date", includes, excludes, true, "url");
    }

    private void gzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void directoriesAreFilteredByIncludeAndExcludeGlobs() throws IOException {
        Files.createDirectories(dir.resolve("2024/drafts"));
        Files.writeString(dir.resolve("2024/a.txt"), "A.");
        Files.writeString(dir.resolve("2024/b.md"), "B.");
        Files.writeString(dir.resolve("2024/drafts/c.txt"), "C.");
        assertEquals(List.of("2024/a.txt", "2024/drafts/c.txt"), read(globs(List.of(), List.of()), null, dir.toString()).stream().map(Document::id).toList());
        assertEquals(List.of("2024/a.txt"), read(globs(List.of(), List.of("**/drafts/**")), null, dir.toString()).stream().map(Document::id).toList());
        assertEquals(List.of("2024/b.md"), read(globs(List.of("*.md"), List.of()), null, dir.toString()).stream().map(Document::id).toList());
    }

    @Test
    void gzipTextAndJsonlAreReadThrough() throws IOException {
        gzip(dir.resolve("one.txt.gz"), "Putin visited Seoul.");
        gzip(dir.resolve("many.jsonl.gz"), "{\"id\":\"x\",\"text\":\"First.\"}\n{\"id\":\"y\",\"text\":\"Second.\"}\n");
        List<Document> docs = read(globs(List.of(), List.of()), null, dir.toString());
        assertEquals(List.of("x", "y", "one.txt.gz"), docs.stream().map(Document::id).toList());
        assertEquals("Putin visited Seoul.", docs.get(2).text());
    }

    @Test
    void documentsAreCountedWithoutReadingTheirText() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "A.");
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":1}\n{\"id\":2}\n{\"id\":3}");
        DocumentSource source = new DocumentSource(List.of(dir.toString()), null, globs(List.of(), List.of()), () -> null);
        assertEquals(4, source.countDocuments());
        assertEquals(-1, new DocumentSource(List.of("-"), null, globs(List.of(), List.of()), () -> null).countDocuments());
    }

    @Test
    void jsonlFieldNamesAreConfigurable() throws IOException {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, "{\"uid\":\"n1\",\"body\":\"Text.\",\"published\":\"2023-01-05T10:00:00Z\"}\n");
        InputOptions options = new InputOptions(InputFormat.auto, 1000, "uid", "body", "published", List.of(), List.of(), true, "url");
        Document d = read(options, null, file.toString()).get(0);
        assertEquals("n1", d.id());
        assertEquals("Text.", d.text());
        assertEquals("2023-01-05", d.docDate());
    }

    @Test
    void aListFileNamesInputsAndAMissingListedPathIsAnErrorRecord() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "A.");
        Path list = dir.resolve("list.txt");
        Files.writeString(list, "# inputs\n" + dir.resolve("a.txt") + "\n\n" + dir.resolve("gone.txt") + "\n");
        List<Document> docs = read(globs(List.of(), List.of()), list);
        assertEquals(2, docs.size());
        assertEquals("A.", docs.get(0).text());
        assertEquals("unreadable", docs.get(1).error().kind());
        assertThrows(UsageException.class, () -> read(globs(List.of(), List.of()), dir.resolve("no-list.txt")));
    }

    @Test
    void ownOutputFilesAreNeverReadBack() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "A.");
        Files.writeString(dir.resolve("out.jsonl"), "{\"id\":\"a.txt\"}\n");
        List<Document> out = new ArrayList<>();
        new DocumentSource(List.of(dir.toString()), null, globs(List.of(), List.of()), () -> null)
                .skipping(dir.resolve("out.jsonl")).forEachRemaining(out::add);
        assertEquals(List.of("a.txt"), out.stream().map(Document::id).toList());
    }

    @Test
    void htmlPagesGiveTheirArticleTextAndDate() throws IOException {
        Files.writeString(dir.resolve("page.html"), """
                <html><head><title>Putin to visit Pyongyang</title>
                <meta property="article:published_time" content="2024-06-14T09:30:00+09:00">
                <script>var menu = "Text Size";</script></head>
                <body><nav><a href="/">Home</a> <a>World</a></nav>
                <article><h1>Putin to visit Pyongyang</h1>
                <p>Russian President Vladimir Putin is set to visit North Korea.</p>
                <p>He will meet Kim Jong-un.</p></article>
                <footer>Copyright 2024. All rights reserved.</footer></body></html>
                """);
        DocumentSource source = new DocumentSource(List.of(dir.toString()), null, globs(List.of(), List.of()), () -> null);
        Document d = source.complete(source.next());
        assertEquals("html", d.textSource());
        assertEquals("2024-06-14", d.docDate());
        assertEquals("Putin to visit Pyongyang\n\nRussian President Vladimir Putin is set to visit North Korea.\n\nHe will meet Kim Jong-un.\n", d.text());
    }

    @Test
    void htmlDateFromTimeElementOrJsonLd() {
        assertEquals("2021-03-04", HtmlArticle.parse("<html><body><article><time datetime=\"2021-03-04\">March 4</time><p>Hi.</p></article></body></html>").date());
        assertEquals("2020-02-02", HtmlArticle.parse("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2020-02-02T08:00\"}</script></head><body><p>x</p></body></html>").date());
        assertNull(HtmlArticle.parse("<html><body><p>No date here.</p></body></html>").date());
        assertTrue(HtmlArticle.parse("<html><body><p>No date here.</p></body></html>").text().contains("No date here."));
    }
}
