package dev.newsie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.cli.ExitCodes;
import dev.newsie.cli.OptionValues;
import dev.newsie.graph.DocumentFacts;
import dev.newsie.graph.ExtractionReader;
import dev.newsie.graph.Graph;
import dev.newsie.graph.GraphBuilder;
import dev.newsie.graph.GraphEdge;
import dev.newsie.graph.GraphFormat;
import dev.newsie.graph.GraphNode;
import dev.newsie.graph.GraphOutput;
import dev.newsie.graph.Neo4jCsvWriter;
import dev.newsie.input.UsageException;
import dev.newsie.output.CheckedOutput;
import dev.newsie.relations.RelationTypes;
import dev.newsie.spark.GraphParts.Contribution;
import dev.newsie.spark.GraphParts.EdgePart;
import dev.newsie.spark.GraphParts.FileTally;
import dev.newsie.spark.GraphParts.NodePart;
import dev.newsie.spark.GraphParts.Part;
import dev.newsie.spark.GraphParts.Unnamed;
import dev.newsie.spark.GraphParts.Versions;
import dev.newsie.spark.SparkInputs.Input;
import dev.newsie.spark.SparkInputs.SparkInputFormat;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * {@code newsie graph} on Spark: newsie/1 extraction output in (JSON Lines files, also pretty-printed or gzipped,
 * or the extraction job's Parquet), one merged graph out, identical to what {@code newsie graph} writes for the
 * same files in the same order. Executors read the documents into their contributions ({@link DocumentFacts},
 * the command line's own code), keep the last contribution of a document id read twice (as
 * {@link GraphBuilder} does), and merge nodes and relations with a reduce per node and per relation; the driver
 * then streams documents, nodes and relations, in first-seen order, through the command line's own writers.
 */
@Command(name = "GraphJob", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge newsie extraction output into one graph on Spark, as `newsie graph` does.",
                "spark-submit --class dev.newsie.spark.GraphJob newsie-spark.jar --input DIR --output graph.ttl --format turtle"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:graph written", "1:graph written, some documents were skipped (error records, an incomplete last line)",
                "2:usage error (unknown option, bad value, missing input, input that is not newsie/1 output)",
                "3:fatal error (unreadable input, output)"})
public final class GraphJob implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

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

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = OptionValues.GraphFormatName.class,
            description = "jsonl (default), ntriples, turtle, nquads, trig, neo4j (the import CSVs, in a directory) or cypher.")
    GraphFormat format;

    @Option(names = "--force", description = "--format neo4j: write into a directory that is not empty (replacing its import files).")
    boolean force;

    @Option(names = "--models", paramLabel = "DIR", converter = OptionValues.Directory.class,
            description = "newsie's rule directory, for the relation types (default: the copy inside the jar); found on executors "
                    + "as ExtractJob finds it.")
    java.nio.file.Path modelsDir;

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
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<Input> resolved = SparkInputs.resolve(conf, inputs, inputFormat);
        checkOutput(output, format, force, conf);
        for (Input input : resolved) {
            if (input.root() == null && sameFile(input.given(), output, conf)) {
                throw new UsageException("the output file " + output + " is also an input: writing it would destroy it");
            }
        }
        Merged merged = merge(spark, resolved, ModelsLocation.of(modelsDir));
        PrintWriter err = spec.commandLine().getErr();
        merged.incomplete().forEach(err::println);
        write(merged.graph(), format, output, conf);
        Graph graph = merged.graph();
        int incomplete = merged.incomplete().size();
        if (!quiet) {
            err.printf("newsie-spark: %d documents read, %d skipped (error records)%s, %d nodes, %d relations%n",
                    graph.documents().size() + graph.skipped(), graph.skipped(),
                    incomplete == 0 ? "" : ", " + incomplete + " incomplete last " + (incomplete == 1 ? "line" : "lines") + " skipped",
                    graph.nodes().size(), graph.edges().size());
        }
        merged.release();
        return graph.skipped() == 0 && incomplete == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /**
     * The merged graph of the inputs; its documents, nodes and relations stream from the cluster as a writer reads
     * them. {@code incomplete} holds the notes on incomplete last documents that were skipped, as the CLI words them.
     */
    record Merged(Graph graph, List<String> incomplete, List<RDD<?>> cached) {
        void release() {
            cached.forEach(rdd -> rdd.unpersist(false));
        }
    }

    static Merged merge(SparkSession spark, List<Input> inputs, ModelsLocation models) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        JavaRDD<Part> parts = null;
        for (Input input : inputs) {
            JavaRDD<Part> more = input.parquet() ? parquetParts(spark, input, models)
                    : jsc.binaryFiles(input.given(), SparkInputs.readers(jsc)).flatMap(file -> fileParts(input, models, file._1(), file._2()));
            parts = parts == null ? more : parts.union(more);
        }
        parts = parts.persist(StorageLevel.MEMORY_AND_DISK_SER());
        List<RDD<?>> cached = new ArrayList<>(List.of(parts.rdd()));
        try {
            return merge(jsc, parts, models, cached);
        } catch (RuntimeException e) {
            cached.forEach(rdd -> rdd.unpersist(false));
            throw e;
        }
    }

    private static Merged merge(JavaSparkContext jsc, JavaRDD<Part> parts, ModelsLocation models, List<RDD<?>> cached) {
        // the files in input order, as newsie graph reads them: what they hold, where one stops the job
        List<FileTally> files = new ArrayList<>(parts.filter(p -> p instanceof FileTally).map(p -> (FileTally) p)
                .mapToPair(t -> new Tuple2<>(t.file(), t)).reduceByKey(GraphJob::plus).values().collect());
        files.sort((a, b) -> a.file().compareTo(b.file()));
        List<String> incomplete = new ArrayList<>();
        Map<DocumentKey, Long> before = new HashMap<>();
        long documents = 0;
        long skipped = 0;
        long unnamed = 0;
        for (FileTally file : files) {
            if (file.failure() != null) {
                if (file.usage()) {
                    throw new UsageException(file.failure());
                }
                throw new UncheckedIOException(new IOException(file.failure()));
            }
            before.put(file.file(), documents);
            documents += file.documents();
            skipped += file.skipped();
            unnamed += file.unnamed();
            if (file.incompleteLine() > 0) {
                incomplete.add(String.format(Locale.ROOT, "newsie-spark: %s line %d: the last document is incomplete (a run stopped while "
                        + "writing it?): skipped", file.name(), file.incompleteLine()));
            }
        }
        JavaPairRDD<DocumentKey, DocumentFacts> read = parts.filter(p -> p instanceof Contribution).map(p -> (Contribution) p)
                .mapToPair(c -> new Tuple2<>(c.key(), c.facts()));
        if (unnamed > 0) {
            Broadcast<Map<DocumentKey, Long>> offsets = jsc.broadcast(before);
            read = read.union(parts.filter(p -> p instanceof Unnamed).map(p -> (Unnamed) p).mapToPair(u -> {
                long ordinal = offsets.value().get(u.key().withRecord(0)) + u.key().record() - 1;
                return new Tuple2<>(u.key(), DocumentFacts.of(JSON.readTree(u.json()), relationTypes(models), ordinal));
            }));
        }
        int slices = Math.max(1, jsc.defaultParallelism());
        JavaPairRDD<DocumentKey, DocumentFacts> ordered = lastVersions(jsc, read).sortByKey(DocumentKey.ORDER, true, slices)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        cached.add(ordered.rdd());
        JavaRDD<NodePart> nodes = ordered.flatMapToPair(d -> GraphParts.nodes(d._1(), d._2()).stream()
                        .map(n -> new Tuple2<>(n.entity().id(), n)).iterator())
                .reduceByKey(NodePart::merge).values().sortBy(NodePart::first, true, slices);
        JavaRDD<EdgePart> edges = ordered.flatMapToPair(d -> GraphParts.edges(d._1(), d._2()).stream()
                        .map(e -> new Tuple2<>(e.key(), e)).iterator())
                .reduceByKey(EdgePart::absorb).values().sortBy(EdgePart::first, true, slices);
        Collection<DocumentFacts> graphDocuments = streamed(ordered.values(), d -> d);
        Collection<GraphNode> graphNodes = streamed(nodes, NodePart::node);
        Collection<GraphEdge> graphEdges = streamed(edges, EdgePart::edge);
        return new Merged(new Graph(graphNodes, graphEdges, graphDocuments, skipped), incomplete, cached);
    }

    private static FileTally plus(FileTally a, FileTally b) {
        return new FileTally(a.file(), a.name(), a.documents() + b.documents(), a.skipped() + b.skipped(), a.unnamed() + b.unnamed(),
                Math.max(a.incompleteLine(), b.incompleteLine()), a.failure() != null ? a.failure() : b.failure(), a.usage() || b.usage());
    }

    /**
     * A document id read more than once keeps its first place and its last contribution, as in {@link GraphBuilder}.
     * Only the documents whose id repeats (usually none) are shuffled for it.
     */
    private static JavaPairRDD<DocumentKey, DocumentFacts> lastVersions(JavaSparkContext jsc, JavaPairRDD<DocumentKey, DocumentFacts> read) {
        Set<String> repeated = Set.copyOf(read.mapToPair(d -> new Tuple2<>(d._2().document().id(), 1L)).reduceByKey(Long::sum)
                .filter(c -> c._2() > 1).keys().collect());
        if (repeated.isEmpty()) {
            return read;
        }
        Broadcast<Set<String>> ids = jsc.broadcast(repeated);
        JavaPairRDD<DocumentKey, DocumentFacts> once = read.filter(d -> !ids.value().contains(d._2().document().id()));
        JavaPairRDD<DocumentKey, DocumentFacts> last = read.filter(d -> ids.value().contains(d._2().document().id()))
                .mapToPair(d -> new Tuple2<>(d._2().document().id(), new Versions(d._1(), d._1(), d._2())))
                .reduceByKey(Versions::merge).values().mapToPair(v -> new Tuple2<>(v.first(), v.facts()));
        return once.union(last);
    }

    /** The relation types of the models, loaded once per JVM (an executor's tasks share them). */
    private static final Map<ModelsLocation, RelationTypes> TYPES = new HashMap<>();

    static synchronized RelationTypes relationTypes(ModelsLocation models) {
        return TYPES.computeIfAbsent(models, m -> RelationTypes.load(m.models()::lines));
    }

    /**
     * A file's parts: every document's contribution, then the file's tally. A file that is not extraction output ends
     * with a tally saying so, which stops the job (exit 2), as in the CLI; an incomplete last document is skipped.
     */
    private static Iterator<Part> fileParts(Input input, ModelsLocation models, String uri, PortableDataStream stream) throws IOException {
        String file = new Path(uri).toString();
        String name = input.shown(file);
        DocumentKey fileKey = DocumentKey.of(input.index(), input.relative(file), 0);
        RelationTypes types = relationTypes(models);
        InputStream in = file.endsWith(".gz") ? new GZIPInputStream(stream.open(), 1 << 16) : stream.open();
        ExtractionReader.Documents documents = ExtractionReader.documents(in, name);
        return new Iterator<>() {
            private long record;
            private long skipped;
            private long unnamed;
            private Part pending;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (pending == null && !done) {
                    String failure = null;
                    boolean usage = false;
                    try {
                        if (documents.hasNext()) {
                            pending = part(documents.next(), fileKey.withRecord(++record));
                            continue;
                        }
                    } catch (UsageException e) {
                        failure = e.getMessage();
                        usage = true;
                    } catch (UncheckedIOException e) {
                        failure = "cannot read " + name + ": " + e.getCause().getMessage();
                    }
                    done = true;
                    pending = new FileTally(fileKey, name, record, skipped, unnamed, documents.incompleteLine(), failure, usage);
                    closeQuietly(in);
                }
                return pending != null;
            }

            private Part part(JsonNode doc, DocumentKey key) {
                DocumentFacts facts = DocumentFacts.of(doc, types, 0);
                if (facts == null) {
                    skipped++;
                    return null;
                }
                if (!doc.hasNonNull("id")) {
                    unnamed++;
                    return new Unnamed(key, doc.toString());
                }
                return new Contribution(key, facts);
            }

            @Override
            public Part next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                Part next = pending;
                pending = null;
                return next;
            }
        };
    }

    /** Parquet rows of the extraction job, turned back into their newsie/1 JSON: each row a document, each tallied for its file. */
    private static JavaRDD<Part> parquetParts(SparkSession spark, Input input, ModelsLocation models) {
        Dataset<Row> table = spark.read().option("recursiveFileLookup", "true").parquet(input.given());
        String[] fields = ExtractionSchema.DOCUMENT.fieldNames();
        Dataset<Row> rows = table.select(functions.struct(fields[0], java.util.Arrays.copyOfRange(fields, 1, fields.length)).as("document"),
                functions.col("_metadata.file_path").as("file"), functions.col("_metadata.row_index").as("row"));
        return rows.toJavaRDD().flatMap(row -> {
            String file = new Path(new java.net.URI(row.getString(1))).toString();
            DocumentKey fileKey = DocumentKey.of(input.index(), input.relative(file), 0);
            DocumentKey key = fileKey.withRecord(row.getLong(2) + 1);
            JsonNode doc = ExtractionSchema.tree(row.getStruct(0));
            DocumentFacts facts = DocumentFacts.of(doc, relationTypes(models), 0);
            String name = input.shown(file);
            if (facts == null) {
                return List.<Part>of(new FileTally(fileKey, name, 1, 1, 0, 0, null, false)).iterator();
            }
            Part part = doc.hasNonNull("id") ? new Contribution(key, facts) : new Unnamed(key, doc.toString());
            return List.of(part, new FileTally(fileKey, name, 1, 0, part instanceof Unnamed ? 1 : 0, 0, null, false)).iterator();
        });
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

    /** The command line's checks of -o, before anything is read: a directory for neo4j (new, empty, or --force), else a file. */
    static void checkOutput(String output, GraphFormat format, boolean force, Configuration conf) throws IOException {
        Path path = new Path(output);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.exists(path) ? fs.getFileStatus(path) : null;
        String files = String.join(", ", Neo4jCsvWriter.FILES);
        if (format == GraphFormat.NEO4J) {
            if (status != null && !status.isDirectory()) {
                throw new UsageException("-o " + output + " is a file, not a directory: --format neo4j writes " + files + " into a directory");
            }
            if (status != null && !force && fs.listStatus(path).length > 0) {
                throw new UsageException("-o " + output + " is not empty: give a new or empty directory, or --force to replace its import files");
            }
        } else if (status != null && status.isDirectory()) {
            throw new UsageException("output " + output + " is a directory: --format " + format.name().toLowerCase(Locale.ROOT)
                    + " writes one file");
        }
        Path parent = fs.makeQualified(path).getParent();
        if (isLocal(fs) && parent != null && !fs.isDirectory(parent)) {
            throw new UsageException("output directory not found: " + parent.toUri().getPath());
        }
    }

    private static boolean sameFile(String input, String output, Configuration conf) throws IOException {
        Path in = new Path(input);
        Path out = new Path(output);
        return in.getFileSystem(conf).makeQualified(in).equals(out.getFileSystem(conf).makeQualified(out));
    }

    private static boolean isLocal(FileSystem fs) {
        return "file".equals(fs.getUri().getScheme());
    }

    /** Writes the graph with {@code newsie graph}'s writers to a Hadoop path (local paths directly, others through the file system). */
    static void write(Graph graph, GraphFormat format, String output, Configuration conf) throws IOException {
        Path path = new Path(output);
        FileSystem fs = path.getFileSystem(conf);
        boolean local = isLocal(fs);
        if (format == GraphFormat.NEO4J) {
            java.nio.file.Path directory = local ? java.nio.file.Path.of(fs.makeQualified(path).toUri())
                    : Files.createTempDirectory("newsie-graph");
            Neo4jCsvWriter.write(graph, directory);
            if (!local) {
                fs.mkdirs(path);
                for (String name : Neo4jCsvWriter.FILES) {
                    fs.copyFromLocalFile(true, true, new Path(directory.resolve(name).toUri()), new Path(path, name));
                }
                Files.deleteIfExists(directory);
            }
            return;
        }
        try (OutputStream out = new BufferedOutputStream(local ? CheckedOutput.file(java.nio.file.Path.of(fs.makeQualified(path).toUri()), false)
                : fs.create(path, true), 1 << 16)) {
            GraphOutput.write(graph, format, out);
        }
    }
}
