package dev.newsie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.TestPipeline;
import dev.newsie.cli.ExitCodes;
import dev.newsie.cli.Main;
import dev.newsie.entities.EntityType;
import dev.newsie.input.Document;
import dev.newsie.output.JsonLinesWriter;
import dev.newsie.pipeline.Extractor;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The extraction job against the command line on the same input: the job's part files, read in name order,
 * are byte for byte what {@code newsie extract} writes (same documents, ids, order, error records); Parquet
 * rows turn back into the same lines; a task that fails once is run again without losing or repeating a
 * document. One Spark session and one CoreNLP pipeline for all of it.
 */
class ExtractJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATE = "2024-06-14";
    /** Short articles that between them use every optional field of the output contract. */
    private static final List<String> SHORT = List.of(
            "Russian President Vladimir Putin visited North Korea on June 19, 2024. He met Kim Jong-un in Pyongyang.",
            "General Motors said on Monday that the company will cut 2,000 jobs in Canada.\nChina and South Korea held talks in Beijing.",
            "Japan did not sign the agreement with Brazil last May.");

    @TempDir
    static Path dir;
    private static Path small;
    private static List<String> smallByCli;

    private final StringWriter err = new StringWriter();

    /** The source URL of the second short article, which the output carries. */
    private static final String URL = "https://news.example/gm-canada?page=1";

    @BeforeAll
    static void smallInput() throws IOException {
        TestPipeline.extractor();
        small = dir.resolve("small.jsonl");
        List<String> records = new ArrayList<>();
        for (int i = 0; i < SHORT.size(); i++) {
            records.add(record("short-" + (i + 1), SHORT.get(i), DATE, i == 1 ? URL : null));
        }
        records.add("{\"id\": \"no-text\", \"body\": \"the text is under another field\"}");
        Files.write(small, records);
        smallByCli = cli("--doc-date", DATE, small.toString());
    }

    private static String record(String id, String text, String date) {
        return record(id, text, date, null);
    }

    private static String record(String id, String text, String date, String url) {
        ObjectNode r = JSON.createObjectNode();
        if (id != null) {
            r.put("id", id);
        }
        r.put("text", text);
        if (date != null) {
            r.put("date", date);
        }
        if (url != null) {
            r.put("url", url);
        }
        return r.toString();
    }

    /** {@code newsie extract} on the arguments: its output lines. */
    private static List<String> cli(String... args) throws IOException {
        Path out = Files.createTempFile(dir, "cli", ".jsonl");
        List<String> all = new ArrayList<>(List.of("extract", "--models", "models", "-q", "-o", out.toString()));
        all.addAll(List.of(args));
        int code = Main.execute(new PrintWriter(new StringWriter()), all.toArray(String[]::new));
        assertTrue(code == ExitCodes.OK || code == ExitCodes.SOME_FAILED, "newsie extract exit " + code);
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private int job(String... args) {
        List<String> all = new ArrayList<>(List.of("--models", "models"));
        all.addAll(List.of(args));
        return ExtractJob.run(TestSpark.session(), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    /** The job's JSON Lines output: the part files in name order. */
    private static List<String> parts(Path output) throws IOException {
        assertTrue(Files.exists(output.resolve("_SUCCESS")), "no _SUCCESS in " + output);
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(output)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    /**
     * Each sample, named as a file with its document date, gives its expected output (what SamplesTest holds the CLI
     * to). The samples' jobs run two at a time on the one session, as a notebook's cells may.
     */
    @Test
    void eachSampleGivesItsExpectedOutput() throws Exception {
        List<String[]> samples = Files.readAllLines(Path.of("samples/samples.tsv")).stream()
                .filter(row -> !row.startsWith("#") && !row.isBlank()).map(row -> row.split("\t")).toList();
        ExecutorService submit = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> codes = new ArrayList<>();
            for (String[] f : samples) {
                codes.add(submit.submit(() -> job("--input", "samples/" + f[0], "--output", dir.resolve("sample-" + f[0]).toString(),
                        "--doc-date", f[1])));
            }
            for (int i = 0; i < samples.size(); i++) {
                String file = samples.get(i)[0];
                assertEquals(ExitCodes.OK, codes.get(i).get(), err.toString());
                String expected = JSON.writeValueAsString(JSON.readTree(Files.readString(Path.of("samples/expected", file.replace(".txt", ".json")))));
                assertEquals(List.of(expected), parts(dir.resolve("sample-" + file)), file);
            }
        } finally {
            submit.shutdownNow();
        }
    }

    @Test
    void badInputPagesAndRepeatedIdsGiveTheCommandLinesBytes() throws IOException {
        Path bad = dir.resolve("mixed.jsonl");
        Files.write(bad, List.of(
                "",                                                            // blank line: skipped
                "{\"id\": \"broken\", \"text\": ",                              // malformed-json
                record("empty", "   ", null),                                  // empty
                "{\"id\": \"bad-date\", \"text\": \"Putin spoke.\", \"date\": \"June\"}", // bad-field
                record("x", "x".repeat(2_000_001), null),                      // too-large
                record(null, "Angela Merkel met Emmanuel Macron in Berlin.", null), // no id: "mixed.jsonl:6"
                record("short-1", SHORT.get(2), null),                         // small.jsonl has "short-1": "short-1#2"
                record("short-1#2", "Kenya and Uganda signed a trade deal.", null, "https://news.example/k"), // taken: "short-1#2#2"
                record("short-1", "Peru and Chile held talks.", null),        // "short-1#3", the smallest N not taken
                record("bad-url", "Peru and Chile held talks.", null, "not a url"), // read, without its url
                "{\"id\": \"dateline\", \"text\": \"LIMA, March 3, 2021 (AP) -- Peru and Chile held talks on Monday.\"}"));

        Path pages = dir.resolve("pages");
        Files.createDirectories(pages.resolve("sub"));
        Files.writeString(pages.resolve("a.txt"), "Narendra Modi visited Nepal.\n");
        Files.writeString(pages.resolve("sub/z.txt"), "Nepal and India held talks.\n"); // walked before "sub.txt"
        Files.writeString(pages.resolve("sub.txt"), "Olaf Scholz met Joe Biden.\n");
        Files.writeString(pages.resolve("b.html"), "<html><head><title>Summit</title>"
                + "<link rel=\"canonical\" href=\"https://news.example/summit\">"
                + "<meta property=\"article:published_time\" content=\"2023-05-02T10:00:00Z\"></head><body><nav>Home News</nav>"
                + "<article><h1>Summit</h1><p>Emmanuel Macron met Olaf Scholz in Paris on Tuesday.</p></article></body></html>");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(pages.resolve("c.txt.gz")))) {
            gz.write("Brazil and Argentina signed a trade deal.\n".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(pages.resolve("d.txt"), new byte[] {'a', 0, 1, 2, 'b'}); // binary
        Files.writeString(pages.resolve("e.txt"), "");                       // empty
        Files.writeString(pages.resolve("notes.md"), "Not a document: unknown extension in a directory.");
        List<String> expected = cli("--doc-date", DATE, small.toString(), bad.toString(), pages.toString());

        Path out = dir.resolve("mixed-out");
        Path graph = dir.resolve("mixed-graph.jsonl");
        int code = job("--input", small + "," + bad + "," + pages, "--output", out.toString(), "--doc-date", DATE,
                "--partitions", "3", "--graph", graph.toString());
        assertEquals(ExitCodes.SOME_FAILED, code, err.toString());
        assertEquals(String.join("\n", expected), String.join("\n", parts(out)));
        assertEquals(4 + 10 + 7, expected.size(), "every record and file once (the blank line and notes.md are no documents)");
        assertTrue(err.toString().contains("newsie-spark: 21 documents, 7 failed"), err.toString());
        List<JsonNode> docs = expected.stream().map(ExtractJobTest::readTree).toList();
        List<String> ids = docs.stream().map(d -> d.get("id").asText()).toList();
        assertTrue(ids.containsAll(List.of("short-1", "short-1#2", "short-1#2#2", "short-1#3", "mixed.jsonl:6", "sub/z.txt",
                "c.txt.gz", "b.html")), ids.toString());
        assertTrue(ids.indexOf("sub/z.txt") < ids.indexOf("sub.txt"), ids.toString());
        List<String> kinds = docs.stream().filter(d -> d.has("error")).map(d -> d.get("error").get("kind").asText()).sorted().toList();
        assertEquals(List.of("bad-field", "bad-field", "binary", "empty", "empty", "malformed-json", "too-large"), kinds);
        // every source of the document date, the URLs of a record and of a page (parsed on the executor)
        List<String> sources = docs.stream().map(d -> d.path("docDateSource").asText()).distinct().sorted().toList();
        assertTrue(sources.containsAll(List.of("dateline", "html-meta", "option", "record")), sources.toString());
        JsonNode page = docs.get(ids.indexOf("b.html"));
        assertEquals("https://news.example/summit", page.path("url").asText(), page.toString());
        assertEquals("html", page.path("textSource").asText(), page.toString());
        assertEquals("https://news.example/k", docs.get(ids.indexOf("short-1#2#2")).path("url").asText());

        // the graph of the job's output is newsie graph's of the command line's
        Path cliOut = dir.resolve("mixed-cli.jsonl");
        Files.write(cliOut, expected);
        Path cliGraph = dir.resolve("mixed-cli-graph.jsonl");
        assertEquals(ExitCodes.SOME_FAILED, Main.execute(new PrintWriter(new StringWriter()), "graph", "-q", "-o", cliGraph.toString(), cliOut.toString()));
        assertEquals(Files.readString(cliGraph), Files.readString(graph));
    }

    @Test
    void aForcedDocumentDateIsTheCommandLines() throws IOException {
        Path out = dir.resolve("forced-out");
        assertEquals(ExitCodes.SOME_FAILED, job("--input", small.toString(), "--output", out.toString(), "--doc-date", "2020-02-02",
                "--force-doc-date", "--types", "PERSON,COUNTRY,DATE", "--url-field", "link"), err.toString());
        List<String> lines = parts(out);
        assertEquals(cli("--doc-date", "2020-02-02", "--force-doc-date", "--types", "PERSON,COUNTRY,DATE", "--url-field", "link",
                small.toString()), lines);
        assertTrue(lines.get(0).contains("\"docDate\":\"2020-02-02\",\"docDateSource\":\"option\""), lines.get(0));
        assertFalse(lines.get(1).contains(URL), "the URL is under another field: " + lines.get(1));
    }

    private static JsonNode readTree(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void parquetRowsAreTheRecordsOfTheContract() throws IOException {
        Path out = dir.resolve("parquet-out");
        assertEquals(ExitCodes.SOME_FAILED, job("--input", small.toString(), "--output", out.toString(), "--doc-date", DATE,
                "--format", "parquet"), err.toString());
        SparkSession spark = TestSpark.session();
        List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
        // Spark reads part files in no set order: each document's line, by id
        assertEquals(smallByCli.stream().sorted().toList(), rows.stream().map(ExtractionSchema::json).sorted().toList());
        // nested as the contract: entities[].mentions[], triples[].subject
        StructType schema = spark.read().parquet(out.toString()).schema();
        StructType entity = (StructType) ((ArrayType) schema.apply("entities").dataType()).elementType();
        assertTrue(((ArrayType) entity.apply("mentions").dataType()).elementType() instanceof StructType);
        StructType triple = (StructType) ((ArrayType) schema.apply("triples").dataType()).elementType();
        assertEquals(List.of("id", "name", "type", "country", "sector"), List.of(((StructType) triple.apply("subject").dataType()).fieldNames()));
        // the records use the contract's optional fields, so the round trip above tried them
        String all = String.join("\n", smallByCli);
        for (String field : List.of("\"value\":", "\"iso3\":", "\"pronoun\":true", "\"description\":true", "\"symmetric\":true",
                "\"date\":null", "\"date\":{", "\"negated\":true", "\"error\":{", "\"url\":", "\"docDateSource\":\"record\"",
                "\"relation\":", "\"role\":", "\"event\":{", "\"sector\":", "\"countrySource\":")) {
            assertTrue(all.contains(field), field + " in " + all);
        }
        // and the graph job reads Parquet too
        Path graph = dir.resolve("parquet-graph.nt");
        assertEquals(ExitCodes.SOME_FAILED, GraphJob.run(spark, new PrintWriter(err, true), "--input", out.toString(),
                "--input-format", "parquet", "--format", "ntriples", "--output", graph.toString()), err.toString());
        Path cliOut = dir.resolve("small-cli.jsonl");
        Files.write(cliOut, smallByCli);
        Path cliGraph = dir.resolve("small-cli.nt");
        Main.execute(new PrintWriter(new StringWriter()), "graph", "-q", "--format", "ntriples", "-o", cliGraph.toString(), cliOut.toString());
        assertEquals(Files.readString(cliGraph), Files.readString(graph));
    }

    @Test
    void parquetInputIsReadByColumn() throws IOException {
        SparkSession spark = TestSpark.session();
        StructType columns = new StructType().add("doc_id", "string").add("body", "string").add("published", "date").add("link", "string");
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < SHORT.size(); i++) {
            rows.add(org.apache.spark.sql.RowFactory.create("short-" + (i + 1), SHORT.get(i), java.sql.Date.valueOf(DATE), i == 1 ? URL : null));
        }
        rows.add(org.apache.spark.sql.RowFactory.create("no-text", null, null, null));
        Path table = dir.resolve("table");
        spark.createDataFrame(rows, columns).coalesce(1).write().parquet(table.toString());
        Path out = dir.resolve("from-parquet");
        assertEquals(ExitCodes.SOME_FAILED, job("--input", table.toString(), "--input-format", "parquet", "--output", out.toString(),
                "--id-field", "doc_id", "--text-field", "body", "--date-field", "published", "--url-field", "link",
                "--doc-date", DATE), err.toString());
        List<String> lines = parts(out);
        assertEquals(smallByCli.subList(0, 3), lines.subList(0, 3), "the same documents as from JSON Lines");
        assertEquals("{\"schema\":\"newsie/1\",\"id\":\"no-text\",\"docDate\":\"" + DATE + "\",\"docDateSource\":\"option\","
                + "\"error\":{\"kind\":\"bad-field\",\"message\":\"row 4 has no string field \\\"body\\\"\"},\"entities\":[],\"triples\":[]}",
                lines.get(3));
    }

    /** Counts the task attempts that the retry test made fail. */
    static final AtomicInteger FAILURES = new AtomicInteger();

    @Test
    void aTaskThatFailsOnceRunsAgainWithoutLosingOrRepeatingADocument() throws Exception {
        SparkSession spark = TestSpark.session();
        // events of earlier tests' jobs still queued would reach the listener: let them drain first
        spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
        AtomicInteger failedTasks = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (!end.taskInfo().successful()) {
                    failedTasks.incrementAndGet();
                }
            }
        };
        spark.sparkContext().addSparkListener(listener);
        try {
            SparkInputs.Settings read = new SparkInputs.Settings(SparkInputs.SparkInputFormat.auto, 2_000_000, "id", "text", "date", "url");
            ExecutorPipeline.Settings pipeline = new ExecutorPipeline.Settings(ModelsLocation.of(Path.of("models")),
                    "PERSON,COUNTRY,DATE,ORGANIZATION", DATE, false, 120_000_000_000L, read, false);
            ExtractJob.Plan plan = ExtractJob.plan(spark, SparkInputs.resolve(spark.sparkContext().hadoopConfiguration(),
                    List.of(small.toString()), SparkInputs.SparkInputFormat.auto), read, pipeline, 2);
            FAILURES.set(0);
            // the first attempt of the first task dies after its first line reached the part file
            JavaRDD<String> failingOnce = plan.lines().mapPartitions(ExtractJobTest::failFirstAttemptAfterOneLine);
            Path out = dir.resolve("retried-out");
            ExtractJob.write(spark, failingOnce, out.toString(), ExtractJob.OutputFormat.jsonl, false);
            plan.release();
            spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
            assertEquals(1, FAILURES.get());
            assertEquals(1, failedTasks.get(), "Spark saw the failed attempt");
            assertEquals(smallByCli, parts(out));
        } finally {
            spark.sparkContext().removeSparkListener(listener);
        }
    }

    private static Iterator<String> failFirstAttemptAfterOneLine(Iterator<String> lines) {
        TaskContext task = TaskContext.get();
        boolean fail = task.partitionId() == 0 && task.attemptNumber() == 0;
        return new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                if (fail && given == 1) {
                    FAILURES.incrementAndGet();
                    throw new IllegalStateException("this attempt fails on purpose");
                }
                return lines.hasNext();
            }

            @Override
            public String next() {
                given++;
                return lines.next();
            }
        };
    }

    @Test
    void aDocumentOverTheTimeLimitGetsTheCommandLinesTimeoutRecord() throws IOException {
        Path out = dir.resolve("timeout-out");
        assertEquals(ExitCodes.SOME_FAILED, job("--input", small.toString(), "--output", out.toString(), "--doc-date", DATE,
                "--doc-timeout", "0.001"), err.toString());
        List<String> lines = parts(out);
        JsonLinesWriter json = new JsonLinesWriter(Writer.nullWriter(), false);
        Extractor extractor = TestPipeline.extractor().with(EntityType.ALL, new Extractor.DateOptions(LocalDate.parse(DATE), false));
        for (int i = 0; i < SHORT.size(); i++) {
            Document doc = Document.ok("short-" + (i + 1), SHORT.get(i), DATE).withUrl(i == 1 ? URL : null);
            assertEquals(json.json(extractor.timedOut(doc, Duration.ofMillis(1))), lines.get(i));
        }
        assertTrue(lines.get(0).contains("\"kind\":\"timeout\""), lines.get(0));
        assertEquals(smallByCli.get(3), lines.get(3), "a document that failed on input is not timed");
        assertTrue(err.toString().contains("timeout 3"), err.toString());
    }

    @Test
    void usageErrorsSayWhatIsWrongWithoutAStackTrace() throws IOException {
        assertEquals(ExitCodes.USAGE, job("--input", dir.resolve("missing.jsonl").toString(), "--output", dir.resolve("never").toString()));
        assertTrue(err.toString().contains("input not found: " + dir.resolve("missing.jsonl")), err.toString());
        Path existing = Files.createDirectories(dir.resolve("existing"));
        assertEquals(ExitCodes.USAGE, job("--input", small.toString(), "--output", existing.toString()));
        assertTrue(err.toString().contains("output exists: " + existing), err.toString());
        assertEquals(ExitCodes.USAGE, job("--input", small.toString(), "--output", dir.resolve("never").toString(), "--types", "PLANET"));
        assertEquals(ExitCodes.USAGE, job("--input", small.toString(), "--output", dir.resolve("never").toString(), "--partitions", "0"));
        // validated as newsie extract validates them (the same picocli converters)
        assertEquals(ExitCodes.USAGE, job("--input", small.toString(), "--output", dir.resolve("never").toString(), "--doc-timeout", "NaN"));
        assertEquals(ExitCodes.USAGE, job("--input", small.toString(), "--output", dir.resolve("never").toString(), "--doc-date", "June"));
        assertTrue(err.toString().contains("'June' is not a date; give YYYY-MM-DD"), err.toString());
        assertEquals(ExitCodes.USAGE, job("--input", small.toString(), "--output", dir.resolve("never").toString(), "--force-doc-date"));
        assertTrue(err.toString().contains("--force-doc-date needs --doc-date"), err.toString());
        assertEquals(ExitCodes.USAGE, job("--input", small.toString(), "--output", dir.resolve("never").toString(), "--id-field", ""));
        assertEquals(ExitCodes.USAGE, job("--output", dir.resolve("never").toString()));
        assertFalse(err.toString().contains("\tat "), "no stack trace: " + err);
        assertFalse(Files.exists(dir.resolve("never")));
    }
}
