package dev.newsie.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.cli.ExitCodes;
import dev.newsie.cli.DocumentOptions;
import dev.newsie.cli.ModelOptions;
import dev.newsie.cli.OptionValues;
import dev.newsie.graph.GraphFormat;
import dev.newsie.input.InputFormat;
import dev.newsie.input.InputOptions;
import dev.newsie.input.UniqueIds;
import dev.newsie.input.UsageException;
import dev.newsie.pipeline.Extractor;
import dev.newsie.spark.SparkInputs.Input;
import dev.newsie.spark.SparkInputs.SparkInputFormat;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import scala.Tuple2;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code newsie extract} as a Spark application: the same documents, ids and output lines, byte for byte, from a
 * laptop's {@code local[*]} to a cluster. Documents are read by Spark's readers, numbered in input order, spread
 * over the partitions in that order, and run through one CoreNLP pipeline per executor JVM; part files, read in
 * name order, hold the command line's output in its order. Output goes through Spark's commit protocol: a task
 * or stage that runs again replaces its output, so no document is lost or written twice.
 */
@Command(name = "ExtractJob", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"newsie extract on Spark: one newsie/1 record per input document, as JSON Lines part files or Parquet.",
                "spark-submit target/newsie-spark.jar --input PATHS --output DIR [options]"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every document processed", "1:some documents got an error record",
                "2:usage error (unknown option, bad value, missing input, output exists)", "3:fatal error (models, job failed)"})
public final class ExtractJob implements Callable<Integer> {
    /** Documents per partition when --partitions is not given: a task of a few minutes, cheap to run again. */
    static final int DOCUMENTS_PER_PARTITION = 500;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, split = ",", paramLabel = "PATHS",
            description = "Files, directories or globs on any Hadoop file system (file:, hdfs:, s3a:): text, HTML and "
                    + "JSON Lines files, also .gz, or Parquet; repeatable or comma-separated.")
    List<String> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output directory (must not exist).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (default: JSON Lines part files, exactly newsie extract's lines) or parquet (the same records, nested).")
    OutputFormat format;

    @Option(names = "--compress", description = "gzip the JSON Lines part files (part-00000.gz, ...).")
    boolean compress;

    @Option(names = "--overwrite", description = "Replace the output directory if it exists.")
    boolean overwrite;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (by extension; a path ending in .parquet is Parquet), text, jsonl, html or parquet.")
    SparkInputFormat inputFormat;

    /**
     * --doc-date, --force-doc-date and --models, as {@code newsie extract} takes them. --models must name a directory
     * on the driver; executors find it at the same path (relative: in their working directory, where
     * {@code --archives models.zip#NAME} unpacks it), else at the driver's absolute path (one machine, a shared disk).
     */
    @Mixin
    ModelOptions model;

    /** --types, --doc-timeout, --id-field, --text-field, --date-field, --url-field, --max-chars, as newsie extract takes them. */
    @Mixin
    DocumentOptions document;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions (tasks) for the extraction (default: one per " + DOCUMENTS_PER_PARTITION
                    + " documents, at least 4 per core).")
    Integer partitions;

    @Option(names = "--graph", paramLabel = "PATH", description = "Also merge the output into one graph, as GraphJob (newsie graph) does.")
    String graph;

    @Option(names = "--graph-format", paramLabel = "FORMAT", defaultValue = "jsonl", converter = OptionValues.GraphFormatName.class,
            description = "Format of --graph: jsonl (default), ntriples, turtle, nquads, trig, neo4j or cypher.")
    GraphFormat graphFormat;

    @Option(names = "--metrics", paramLabel = "FILE", description = "Write the run's figures as JSON to FILE on the driver (for benchmarks).")
    java.nio.file.Path metrics;

    @Option(names = {"-q", "--quiet"}, description = "No summary line on standard error.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Keep CoreNLP's own log lines.")
    boolean verbose;

    enum OutputFormat { jsonl, parquet }

    private final SparkSession spark;

    ExtractJob(SparkSession spark) {
        this.spark = spark;
    }

    public static void main(String[] args) {
        JobCommand.main("newsie extract", ExtractJob::new, args);
    }

    /** Runs the job on an existing session (tests, notebooks); returns the exit code. */
    public static int run(SparkSession spark, PrintWriter err, String... args) {
        return JobCommand.execute(ExtractJob::new, spark, err, args);
    }

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        checkOptions();
        List<Input> resolved = SparkInputs.resolve(spark.sparkContext().hadoopConfiguration(), inputs, inputFormat);
        prepareOutput();
        Plan plan = plan(spark, resolved, readSettings(), pipelineSettings(), partitions);
        long extracting = System.nanoTime();
        write(spark, plan.lines(), output, format, compress);
        long written = System.nanoTime();
        plan.release();
        Summary summary = new Summary(plan.documents(), plan.partitions(), plan.counters().value(),
                (extracting - started) / 1e9, (written - extracting) / 1e9);
        if (!quiet) {
            spec.commandLine().getErr().println(summary.line());
        }
        if (metrics != null) {
            Files.writeString(metrics, summary.json());
        }
        if (graph != null) {
            GraphJob.Merged merged = GraphJob.merge(spark, SparkInputs.resolve(spark.sparkContext().hadoopConfiguration(), List.of(output),
                    format == OutputFormat.parquet ? SparkInputFormat.parquet : SparkInputFormat.jsonl), models());
            GraphJob.write(merged.graph(), graphFormat, graph, spark.sparkContext().hadoopConfiguration());
            if (!quiet) {
                spec.commandLine().getErr().printf("newsie-spark: graph of %d documents: %d nodes, %d relations in %s%n",
                        merged.graph().documents().size(), merged.graph().nodes().size(), merged.graph().edges().size(), graph);
            }
            merged.release();
        }
        return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private void checkOptions() throws IOException {
        if (partitions != null && partitions < 1) {
            throw new UsageException("--partitions must be at least 1, not " + partitions);
        }
        if (compress && format == OutputFormat.parquet) {
            throw new UsageException("--compress is for JSON Lines; Parquet is compressed already");
        }
        model.dateOptions(); // --force-doc-date without --doc-date
        if (graph != null) {
            GraphJob.checkOutput(graph, graphFormat, false, spark.sparkContext().hadoopConfiguration());
        }
        if (metrics != null && metrics.toAbsolutePath().getParent() != null && !Files.isDirectory(metrics.toAbsolutePath().getParent())) {
            throw new UsageException("directory of --metrics not found: " + metrics.toAbsolutePath().getParent());
        }
    }

    /** Spark never writes into an existing directory: say so before any work is done. */
    private void prepareOutput() throws IOException {
        Path path = new Path(output);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(path)) {
            if (!overwrite) {
                throw new UsageException("output exists: " + output + " (remove it, or add --overwrite)");
            }
            fs.delete(path, true);
        }
    }

    private SparkInputs.Settings readSettings() {
        InputOptions read = document.inputOptions(InputFormat.auto, List.of(), List.of(), true);
        return new SparkInputs.Settings(inputFormat, read.maxChars(), read.idField(), read.textField(), read.dateField(), read.urlField());
    }

    private ExecutorPipeline.Settings pipelineSettings() {
        Extractor.DateOptions dates = model.dateOptions();
        return new ExecutorPipeline.Settings(models(), document.types(), dates.fallback() == null ? null : dates.fallback().toString(),
                dates.force(), document.timeLimit().toNanos(), readSettings(), verbose);
    }

    private ModelsLocation models() {
        return ModelsLocation.of(model.modelsDirectory());
    }

    /**
     * The extraction, ready to write: its lines (computed when written), how many documents and partitions.
     * Reading the input costs little next to CoreNLP, so it is read once into local disk and used three times:
     * to count documents and find repeated ids, to sample the order, and to sort into partitions.
     */
    record Plan(JavaRDD<String> lines, long documents, int partitions, JobCounters counters,
                JavaPairRDD<DocumentKey, SourceDocument> input) {
        void release() {
            input.unpersist(false);
        }
    }

    static Plan plan(SparkSession spark, List<Input> inputs, SparkInputs.Settings read, ExecutorPipeline.Settings pipeline,
                     Integer partitions) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JobCounters counters = new JobCounters();
        spark.sparkContext().register(counters, "newsie");
        JavaPairRDD<DocumentKey, SourceDocument> documents = SparkInputs.read(spark, inputs, read).persist(StorageLevel.DISK_ONLY());
        JavaPairRDD<String, Long> idCounts = documents.mapToPair(d -> new Tuple2<>(d._2().id(), 1L)).reduceByKey(Long::sum);
        Map<String, Long> repeated = idCounts.filter(c -> c._2() > 1).collectAsMap();
        long total = idCounts.values().fold(0L, Long::sum);
        Broadcast<Map<DocumentKey, String>> renamed = jsc.broadcast(renames(documents, repeated.keySet(), jsc));
        int slices = partitions != null ? partitions
                : (int) Math.max(1, Math.min(total, Math.max(4L * jsc.defaultParallelism(), (total + DOCUMENTS_PER_PARTITION - 1) / DOCUMENTS_PER_PARTITION)));
        JavaRDD<String> lines = documents.sortByKey(DocumentKey.ORDER, true, slices)
                .mapPartitions(part -> ExecutorPipeline.lines(part, renamed.value(), pipeline, counters));
        return new Plan(lines, total, lines.getNumPartitions(), counters, documents);
    }

    /**
     * The command line's rule for ids that repeat within a run ({@link UniqueIds}: "#N", the smallest N from 2 that
     * no earlier document holds), applied in input order to the only documents it can touch: those whose id repeats
     * or starts with a repeated id and "#" (usually none).
     */
    private static Map<DocumentKey, String> renames(JavaPairRDD<DocumentKey, SourceDocument> documents, Set<String> repeated,
                                                    JavaSparkContext jsc) {
        Map<DocumentKey, String> renamed = new HashMap<>();
        if (repeated.isEmpty()) {
            return renamed;
        }
        Broadcast<Set<String>> ids = jsc.broadcast(Set.copyOf(repeated));
        List<Tuple2<DocumentKey, String>> occurrences = new ArrayList<>(documents
                .filter(d -> touched(d._2().id(), ids.value())).mapToPair(d -> new Tuple2<>(d._1(), d._2().id())).collect());
        occurrences.sort((a, b) -> a._1().compareTo(b._1()));
        UniqueIds unique = new UniqueIds();
        for (Tuple2<DocumentKey, String> o : occurrences) {
            String id = unique.unique(o._2());
            if (!id.equals(o._2())) {
                renamed.put(o._1(), id);
            }
        }
        return renamed;
    }

    /**
     * Whether renaming can touch a document: its id repeats, or it is a repeated id followed by "#..." (what a
     * renamed document may be called). Any other id is unique and cannot be a renamed one, so no document's id
     * depends on it.
     */
    static boolean touched(String id, Set<String> repeated) {
        if (repeated.contains(id)) {
            return true;
        }
        for (int hash = id.indexOf('#'); hash >= 0; hash = id.indexOf('#', hash + 1)) {
            if (repeated.contains(id.substring(0, hash))) {
                return true;
            }
        }
        return false;
    }

    /** Writes the lines as JSON Lines part files or as Parquet, through Spark's commit protocol. */
    static void write(SparkSession spark, JavaRDD<String> lines, String output, OutputFormat format, boolean compress) {
        if (format == OutputFormat.jsonl) {
            if (compress) {
                lines.saveAsTextFile(output, GzipCodec.class);
            } else {
                lines.saveAsTextFile(output);
            }
            return;
        }
        spark.read().schema(ExtractionSchema.DOCUMENT).json(spark.createDataset(lines.rdd(), Encoders.STRING()))
                .write().parquet(output);
    }

    /** The figures of a run, for the summary line and --metrics. */
    record Summary(long documents, int partitions, Map<String, Long> counts, double prepareSeconds, double extractSeconds) {
        long failed() {
            return counts.getOrDefault(JobCounters.FAILED, 0L);
        }

        long tokens() {
            return counts.getOrDefault(JobCounters.TOKENS, 0L);
        }

        /** The longest pipeline load of any executor: with executors loading side by side, the start-up the run paid. */
        double loadSeconds() {
            return counts.getOrDefault("max." + JobCounters.PIPELINE_LOAD_MILLIS, 0L) / 1000.0;
        }

        String line() {
            StringBuilder kinds = new StringBuilder();
            counts.forEach((name, n) -> {
                if (name.startsWith(JobCounters.FAILED_KIND)) {
                    kinds.append(kinds.length() == 0 ? " (" : ", ").append(name.substring(JobCounters.FAILED_KIND.length())).append(' ').append(n);
                }
            });
            if (kinds.length() > 0) {
                kinds.append(')');
            }
            long loads = counts.getOrDefault(JobCounters.PIPELINE_LOADS, 0L);
            double after = extractSeconds - loadSeconds();
            return String.format(java.util.Locale.ROOT,
                    "newsie-spark: %d documents, %d failed%s, %d tokens in %.1f s (input %.1f s, extraction %.1f s over %d partitions; "
                            + "pipeline loaded in %d JVM%s, longest %.1f s; %.2f docs/s, %.0f tokens/s after start-up)",
                    documents, failed(), kinds, tokens(), prepareSeconds + extractSeconds, prepareSeconds, extractSeconds, partitions,
                    loads, loads == 1 ? "" : "s", loadSeconds(), after > 0 ? documents / after : 0, after > 0 ? tokens() / after : 0);
        }

        String json() throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode o = mapper.createObjectNode();
            o.put("documents", documents);
            o.put("failed", failed());
            o.put("tokens", tokens());
            o.put("partitions", partitions);
            o.put("inputSeconds", prepareSeconds);
            o.put("extractSeconds", extractSeconds);
            o.put("pipelineLoads", counts.getOrDefault(JobCounters.PIPELINE_LOADS, 0L));
            o.put("longestPipelineLoadSeconds", loadSeconds());
            ObjectNode rss = o.putObject("peakRssBytes");
            ObjectNode all = o.putObject("counts");
            counts.forEach((name, n) -> {
                all.put(name, n);
                if (name.startsWith(JobCounters.PEAK_RSS)) {
                    rss.put(name.substring(JobCounters.PEAK_RSS.length()), n);
                }
            });
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        }
    }
}
