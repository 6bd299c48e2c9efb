package dev.newsie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.cli.ExitCodes;
import dev.newsie.graph.ExtractionReader;
import dev.newsie.graph.Graph;
import dev.newsie.graph.GraphEdge;
import dev.newsie.graph.GraphFormat;
import dev.newsie.graph.GraphNode;
import dev.newsie.graph.JsonLinesGraphWriter;
import dev.newsie.graph.Neo4jCsvWriter;
import dev.newsie.graph.RdfGraphWriter;
import dev.newsie.input.UsageException;
import dev.newsie.spark.GraphParts.EdgePart;
import dev.newsie.spark.GraphParts.NodePart;
import dev.newsie.spark.GraphParts.Part;
import dev.newsie.spark.GraphParts.Tally;
import dev.newsie.spark.SparkInputs.Input;
import dev.newsie.spark.SparkInputs.SparkInputFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.eclipse.rdf4j.rio.RDFFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * {@code newsie graph} on Spark: newsie/1 extraction output in (JSON Lines files, also pretty-printed or gzipped,
 * or the extraction job's Parquet), one merged graph out, identical to what {@code newsie graph} writes for the
 * same files in the same order. Documents are read and merged across the cluster (a reduce per node and per
 * relation); the driver then streams the merged nodes and relations, in first-seen order, through the command
 * line's own writers.
 */
@Command(name = "GraphJob", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge newsie extraction output into one graph on Spark, as `newsie graph` does.",
                "spark-submit --class dev.newsie.spark.GraphJob newsie-spark.jar --input DIR --output graph.ttl --format turtle"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:graph written", "1:graph written, some documents had an error record and were skipped",
                "2:usage error (unknown option, bad value, missing input)", "3:fatal error (unreadable input, output)"})
public final class GraphJob implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, split = ",", paramLabel = "PATHS",
            description = "newsie extract output: files, directories or globs, on any Hadoop file system; repeatable or comma-separated.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default: Parquet for a path ending in .parquet, else JSON Lines), jsonl or parquet.")
    SparkInputFormat inputFormat;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PATH",
            description = "The graph file (a directory for neo4j), on any Hadoop file system.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = FormatConverter.class,
            description = "jsonl (default), ntriples, turtle, or neo4j (nodes.csv and relationships.csv).")
    GraphFormat format;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on standard error.")
    boolean quiet;

    private final SparkSession spark;

    GraphJob(SparkSession spark) {
        this.spark = spark;
    }

    public static void main(String[] args) {
        JobCommand.main("newsie graph", GraphJob::new, args);
    }

    /** Runs the job on an existing session (tests, notebooks); returns the exit code. */
    public static int run(SparkSession spark, PrintWriter err, String... args) {
        return JobCommand.execute(GraphJob::new, spark, err, args);
    }

    @Override
    public Integer call() throws IOException {
        if (inputFormat != SparkInputFormat.auto && inputFormat != SparkInputFormat.jsonl && inputFormat != SparkInputFormat.parquet) {
            throw new UsageException("--input-format must be auto, jsonl or parquet");
        }
        List<Input> resolved = SparkInputs.resolve(spark.sparkContext().hadoopConfiguration(), inputs, inputFormat);
        Merged merged = merge(spark, resolved);
        write(merged.graph(), format, output, spark.sparkContext().hadoopConfiguration());
        Graph graph = merged.graph();
        if (!quiet) {
            spec.commandLine().getErr().printf("newsie-spark: %d documents read, %d skipped (error records), %d nodes, %d relations%n",
                    graph.documents() + graph.skipped(), graph.skipped(), graph.nodes().size(), graph.edges().size());
        }
        merged.release();
        return graph.skipped() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** The merged graph of the inputs; its nodes and relations stream from the cluster as a writer reads them. */
    record Merged(Graph graph, JavaRDD<Part> parts) {
        void release() {
            parts.unpersist(false);
        }
    }

    static Merged merge(SparkSession spark, List<Input> inputs) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaRDD<Part> parts = null;
        for (Input input : inputs) {
            JavaRDD<Part> more = input.parquet() ? parquetParts(spark, input)
                    : jsc.binaryFiles(input.given(), SparkInputs.readers(jsc)).flatMap(file -> fileParts(input, file._1(), file._2()));
            parts = parts == null ? more : parts.union(more);
        }
        parts = parts.persist(StorageLevel.MEMORY_AND_DISK_SER());
        Tally tally = parts.filter(p -> p instanceof Tally).map(p -> (Tally) p).fold(Tally.EMPTY, Tally::plus);
        if (tally.failure() != null) {
            parts.unpersist(false);
            throw new UncheckedIOException(new IOException(tally.failure()));
        }
        int slices = Math.max(1, jsc.defaultParallelism());
        JavaRDD<NodePart> nodes = parts.filter(p -> p instanceof NodePart).map(p -> (NodePart) p)
                .keyBy(NodePart::id).reduceByKey(NodePart::merge).values()
                .sortBy(NodePart::first, true, slices);
        JavaRDD<EdgePart> edges = parts.filter(p -> p instanceof EdgePart).map(p -> (EdgePart) p)
                .keyBy(EdgePart::id).reduceByKey(EdgePart::absorb).values()
                .sortBy(EdgePart::first, true, slices);
        Collection<GraphNode> graphNodes = streamed(nodes, NodePart::node);
        Collection<GraphEdge> graphEdges = streamed(edges, EdgePart::edge);
        return new Merged(new Graph(graphNodes, graphEdges, tally.documents(), tally.skipped()), parts);
    }

    /** A file's parts: every document's, then the file's tally. A file that is not extraction output stops the job (exit 3), as in the CLI. */
    private static Iterator<Part> fileParts(Input input, String uri, PortableDataStream stream) throws IOException {
        String file = new Path(uri).toString();
        String id = input.idOf(file);
        DocumentKey fileKey = DocumentKey.of(input.index(), input.root() == null ? "" : id, 0);
        InputStream in = file.endsWith(".gz") ? new GZIPInputStream(stream.open(), 1 << 16) : stream.open();
        Iterator<JsonNode> documents = ExtractionReader.documents(in, id);
        return new Iterator<>() {
            private final List<Part> pending = new ArrayList<>();
            private Tally tally = Tally.EMPTY;
            private long record;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && !done) {
                    try {
                        if (documents.hasNext()) {
                            add(documents.next());
                            continue;
                        }
                    } catch (UncheckedIOException e) {
                        tally = tally.plus(new Tally(0, 0, e.getCause().getMessage()));
                    }
                    done = true;
                    pending.add(tally);
                    closeQuietly(in);
                }
                return !pending.isEmpty();
            }

            private void add(JsonNode doc) {
                DocumentKey key = fileKey.withRecord(++record);
                for (Part part : documentParts(doc, key, id + ":" + record)) {
                    if (part instanceof Tally t) {
                        tally = tally.plus(t);
                    } else {
                        pending.add(part);
                    }
                }
            }

            @Override
            public Part next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.remove(0);
            }
        };
    }

    /** Parquet rows of the extraction job, turned back into their newsie/1 JSON. */
    private static JavaRDD<Part> parquetParts(SparkSession spark, Input input) {
        Dataset<Row> table = spark.read().option("recursiveFileLookup", "true").parquet(input.given());
        Dataset<Row> rows = table.select(functions.struct(ExtractionSchema.DOCUMENT.fieldNames()[0],
                        java.util.Arrays.copyOfRange(ExtractionSchema.DOCUMENT.fieldNames(), 1, ExtractionSchema.DOCUMENT.fieldNames().length))
                        .as("document"),
                functions.col("_metadata.file_path").as("file"), functions.col("_metadata.row_index").as("row"));
        return rows.toJavaRDD().flatMap(row -> {
            String file = new Path(new java.net.URI(row.getString(1))).toString();
            String relative = input.root() == null ? "" : input.idOf(file);
            long number = row.getLong(2) + 1;
            DocumentKey key = DocumentKey.of(input.index(), relative, number);
            return documentParts(ExtractionSchema.tree(row.getStruct(0)), key,
                    (input.root() == null ? input.given() : relative) + ":" + number).iterator();
        });
    }

    /**
     * A document's parts. A record without an id (newsie never writes one) is named by its place ({@code file:record});
     * {@code newsie graph} names it {@code document-N}, N counting the documents before it, which no one task knows.
     */
    private static List<Part> documentParts(JsonNode doc, DocumentKey key, String place) {
        if (doc instanceof ObjectNode object && !object.hasNonNull("id")) {
            object.put("id", place);
        }
        return GraphParts.of(doc, key);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // everything was read
        }
    }

    /** A collection read from the cluster partition by partition whenever it is iterated (a writer iterates once). */
    private static <P, T> Collection<T> streamed(JavaRDD<P> parts, Function<P, T> convert) {
        long size = parts.count();
        return new AbstractCollection<>() {
            @Override
            public Iterator<T> iterator() {
                Iterator<P> it = parts.toLocalIterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public T next() {
                        return convert.apply(it.next());
                    }
                };
            }

            @Override
            public int size() {
                return Math.toIntExact(size);
            }
        };
    }

    /** Writes the graph with {@code newsie graph}'s writers to a Hadoop path (local paths directly, others through the file system). */
    static void write(Graph graph, GraphFormat format, String output, Configuration conf) throws IOException {
        Path path = new Path(output);
        FileSystem fs = path.getFileSystem(conf);
        boolean local = "file".equals(fs.getUri().getScheme());
        if (format == GraphFormat.NEO4J) {
            java.nio.file.Path directory = local ? java.nio.file.Path.of(fs.makeQualified(path).toUri())
                    : Files.createTempDirectory("newsie-graph");
            Neo4jCsvWriter.write(graph, directory);
            if (!local) {
                fs.mkdirs(path);
                for (String name : List.of(Neo4jCsvWriter.NODES, Neo4jCsvWriter.RELATIONSHIPS)) {
                    fs.copyFromLocalFile(true, true, new Path(directory.resolve(name).toUri()), new Path(path, name));
                }
                Files.deleteIfExists(directory);
            }
            return;
        }
        java.nio.file.Path localFile = local ? java.nio.file.Path.of(fs.makeQualified(path).toUri()) : null;
        if (localFile != null && localFile.getParent() != null) {
            Files.createDirectories(localFile.getParent());
        }
        try (OutputStream out = local ? Files.newOutputStream(localFile) : fs.create(path, true)) {
            switch (format) {
                case JSONL -> {
                    Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    JsonLinesGraphWriter.write(graph, text);
                    text.flush();
                }
                case NTRIPLES -> RdfGraphWriter.write(graph, RDFFormat.NTRIPLES, out);
                case TURTLE -> RdfGraphWriter.write(graph, RDFFormat.TURTLE, out);
                default -> throw new IllegalStateException("unhandled format " + format);
            }
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<GraphFormat> {
        @Override
        public GraphFormat convert(String value) {
            try {
                return GraphFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
