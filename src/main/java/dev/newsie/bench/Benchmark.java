package dev.newsie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.entities.EntityType;
import dev.newsie.input.Document;
import dev.newsie.output.ExtractionResult;
import dev.newsie.pipeline.Extractor;
import dev.newsie.pipeline.Models;
import dev.newsie.pipeline.OrderedParallelRunner;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Throughput benchmark (a tool, not a test): runs newsie over a fixed corpus, then, in the same JVM on
 * the same documents with the same number of threads, the stock CoreNLP OpenIE pipeline and the
 * tokenize+ssplit+pos floor, and prints start-up time, docs/s, tokens/s, peak memory and newsie's
 * throughput as a ratio to each. Run it with {@code bench/run.sh} (see the README).
 */
@Command(name = "bench/run.sh", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark newsie against stock CoreNLP on a fixed corpus (default: bench/run.sh passes "
                + "samples/putin-visits-north-korea.txt and bench/corpus.jsonl).",
                "Each engine: load, warm-up over the first documents (not timed), then timed passes over every "
                        + "document (the median pass counts), documents in parallel through one shared pipeline."})
public final class Benchmark implements Callable<Integer> {
    static final String STOCK_OPENIE = "tokenize,ssplit,pos,lemma,ner,depparse,natlog,openie";
    static final String FLOOR = "tokenize,ssplit,pos";
    static final String NAMES = "tokenize,ssplit,pos,lemma,ner";

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Text files, directories (every *.txt below, sorted) or .jsonl files (id, text, optional date).")
    List<Path> inputs;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Documents in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10",
            description = "Documents run through each engine before its timed pass, not counted (default: ${DEFAULT-VALUE}).")
    int warmup;

    // one pass of a few seconds varies by 10-20% on a shared machine; the median of three is steadier
    @Option(names = "--passes", paramLabel = "N", defaultValue = "3",
            description = "Timed passes over every document per engine; the median pass counts (default: ${DEFAULT-VALUE}).")
    int passes;

    @Option(names = "--engines", paramLabel = "LIST", split = ",", defaultValue = "newsie,openie,floor,names",
            description = "Engines to run, in this order: newsie, openie (stock " + STOCK_OPENIE + "), floor (" + FLOOR
                    + "), names (" + NAMES + " with newsie's settings, no dates: the part of newsie's work every sentence "
                    + "needs) (default: ${DEFAULT-VALUE}).")
    List<String> engines;

    @Option(names = "--models", paramLabel = "DIR", description = "newsie's models directory (default: as ./newsie).")
    Path modelsDir;

    @Option(names = "--newsie-jvm", paramLabel = "OPTS", defaultValue = "-Xmx1536m -XX:+UseParallelGC",
            description = "JVM options of newsie's child JVM (default: ./newsie's, ${DEFAULT-VALUE}).")
    String newsieJvm;

    @Option(names = "--stock-jvm", paramLabel = "OPTS", defaultValue = "-Xmx8g -XX:+UseParallelGC",
            description = "JVM options of the stock pipelines' child JVMs (default: ${DEFAULT-VALUE}; stock OpenIE is "
                    + "slowed by garbage collection with less).")
    String stockJvm;

    @Option(names = "--in-process", description = "Run the engines one after another in this JVM, not each in a fresh "
            + "child JVM (peak RSS then includes what earlier engines left).")
    boolean inProcess;

    @Option(names = "--child", hidden = true, description = "Internal: run one engine and print its result line.")
    boolean child;

    @Option(names = {"-v", "--verbose"}, description = "Show CoreNLP's own log lines.")
    boolean verbose;

    private final PrintStream out = System.out;
    private static final String RESULT = "RESULT\t";

    public static void main(String[] args) {
        System.exit(new CommandLine(new Benchmark()).execute(args));
    }

    /** One engine's figures: load, warm-up, then the median of its timed passes. */
    record Result(String engine, String annotators, double startup, double loadSeconds, double warmupSeconds, double seconds,
                  long docs, long failed, long tokens, long peakRss, long peakHeap, double gcSeconds, String jvm) {
        double docsPerSecond() {
            return docs / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }

        String toLine() {
            return String.join("\t", engine, annotators, d(startup), d(loadSeconds), d(warmupSeconds), d(seconds), Long.toString(docs),
                    Long.toString(failed), Long.toString(tokens), Long.toString(peakRss), Long.toString(peakHeap), d(gcSeconds), jvm);
        }

        static Result parse(String line) {
            String[] f = line.split("\t", -1);
            if (f.length != 13) {
                throw new IllegalArgumentException("bad result line: " + line);
            }
            return new Result(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]), Long.parseLong(f[9]),
                    Long.parseLong(f[10]), Double.parseDouble(f[11]), f[12]);
        }

        private static String d(double v) {
            return Double.toString(v);
        }
    }

    /** A loaded engine: document in, token count out (negative when the document failed). */
    private interface Engine extends Function<Document, Integer> {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || warmup < 0 || passes < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--threads and --passes must be >= 1 and --warmup >= 0");
        }
        for (String engine : engines) {
            if (!List.of("newsie", "openie", "floor", "names").contains(engine.trim())) {
                throw new CommandLine.ParameterException(new CommandLine(this), "unknown engine: " + engine);
            }
        }
        if (!verbose) {
            RedwoodConfiguration.current().clear().apply();
        }
        List<Document> docs = loadCorpus(inputs);
        if (docs.isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "no documents in " + inputs);
        }
        if (child) {
            Result r = measure(engines.get(0).trim(), docs);
            out.println(RESULT + r.toLine());
            out.flush();
            return 0;
        }
        long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
        out.printf(Locale.ROOT, "corpus: %d documents, %,d characters (%s)%n", docs.size(), chars,
                String.join(" ", inputs.stream().map(Path::toString).toList()));
        out.printf(Locale.ROOT, "machine: %d processors, Java %s; load average at start %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
        out.printf(Locale.ROOT, "threads: %d; warm-up: first %d documents per engine, not timed; %s%n%n", threads,
                Math.min(warmup, docs.size()), inProcess ? "engines in this JVM" : "each engine in a fresh JVM");
        out.flush();
        List<Result> results = new ArrayList<>();
        for (String engine : engines) {
            results.add(inProcess ? measure(engine.trim(), docs) : inChild(engine.trim()));
        }
        out.printf(Locale.ROOT, "load average at end: %s%n%n", loadAverage());
        report(results);
        return 0;
    }

    /** Runs one engine in a fresh JVM (this class with --child) and reads its result line. */
    private Result inChild(String engine) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jvm = engine.equals("newsie") ? newsieJvm : stockJvm;
        command.addAll(List.of(jvm.trim().split("\\s+")));
        if (System.getProperty("newsie.models") != null) {
            command.add("-Dnewsie.models=" + System.getProperty("newsie.models"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Benchmark.class.getName(), "--child",
                "--engines", engine, "--threads", Integer.toString(threads), "--warmup", Integer.toString(warmup),
                "--passes", Integer.toString(passes)));
        if (modelsDir != null) {
            command.addAll(List.of("--models", modelsDir.toString()));
        }
        if (verbose) {
            command.add("--verbose");
        }
        inputs.forEach(p -> command.add(p.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Result result = null;
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith(RESULT)) {
                    result = Result.parse(line.substring(RESULT.length()));
                } else {
                    out.println(line);
                    out.flush();
                }
            }
        }
        int status = process.waitFor();
        if (status != 0 || result == null) {
            throw new IllegalStateException("benchmark of " + engine + " failed (exit " + status + ")");
        }
        return result;
    }

    private Engine newsie() {
        Extractor extractor = new Extractor(modelsDir == null ? Models.defaults() : Models.fromDirectory(modelsDir), EntityType.ALL);
        return doc -> {
            ExtractionResult r = extractor.extract(doc);
            return r.failed() ? -1 : r.tokens();
        };
    }

    private static Engine stock(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        return stock(props);
    }

    /** newsie's tokenizer, splitter and NER settings, without dates and without parsing. */
    private Properties namesOnly() {
        Properties props = (modelsDir == null ? Models.defaults() : Models.fromDirectory(modelsDir)).properties("pipeline.properties");
        props.stringPropertyNames().stream().filter(k -> k.startsWith("depparse.")).forEach(props::remove);
        props.setProperty("annotators", NAMES);
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.useSUTime", "false");
        return props;
    }

    private static Engine stock(Properties props) {
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        return doc -> {
            Annotation a = new Annotation(doc.text());
            if (doc.docDate() != null) {
                a.set(CoreAnnotations.DocDateAnnotation.class, doc.docDate());
            }
            try {
                pipeline.annotate(a);
            } catch (RuntimeException e) {
                return -1;
            }
            return a.get(CoreAnnotations.TokensAnnotation.class).size();
        };
    }

    private Result measure(String engineName, List<Document> docs) {
        String name = switch (engineName) {
            case "newsie" -> "newsie";
            case "openie" -> "stock OpenIE";
            case "names" -> "names only";
            default -> "floor";
        };
        String annotators = switch (engineName) {
            case "newsie" -> "newsie (" + (modelsDir == null ? Models.defaults() : modelsDir) + ")";
            case "openie" -> STOCK_OPENIE;
            case "names" -> NAMES + " (CRF only)";
            default -> FLOOR;
        };
        String jvm = String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> !a.startsWith("-Dnewsie.models")).toList());
        out.printf(Locale.ROOT, "%s: loading %s (JVM %s) ...%n", name, annotators, jvm);
        out.flush();
        System.gc();
        long t0 = System.nanoTime();
        Engine engine = switch (engineName) {
            case "newsie" -> newsie();
            case "openie" -> stock(STOCK_OPENIE);
            case "names" -> stock(namesOnly());
            default -> stock(FLOOR);
        };
        double load = seconds(t0);
        double startup = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        int warm = Math.min(warmup, docs.size());
        long t1 = System.nanoTime();
        run(engine, docs.subList(0, warm));
        double warmupSeconds = seconds(t1);
        long gc0 = gcMillis();
        double[] walls = new double[passes];
        long[] counts = null;
        for (int p = 0; p < passes; p++) {
            long t2 = System.nanoTime();
            counts = run(engine, docs);
            walls[p] = seconds(t2);
        }
        double[] sorted = walls.clone();
        java.util.Arrays.sort(sorted);
        double wall = sorted[passes / 2];
        double gc = (gcMillis() - gc0) / 1000.0 / passes;
        if (passes > 1) {
            out.printf(Locale.ROOT, "%s: timed passes %s s; the median counts%n", name,
                    java.util.Arrays.stream(walls).mapToObj(w -> String.format(Locale.ROOT, "%.1f", w)).toList());
        }
        Result r = new Result(name, annotators, startup, load, warmupSeconds, wall, counts[0], counts[1], counts[2],
                ProcessMemory.peakRss().orElse(-1), ProcessMemory.peakHeap(), gc, jvm);
        out.printf(Locale.ROOT, "%s: start-up %.1f s (load %.1f s), warm-up %.1f s, %d documents (%d failed), %,d tokens in %.1f s "
                        + "(GC %.1f s): %.2f docs/s, %.0f tokens/s%n%n", name, startup, load, warmupSeconds, r.docs(), r.failed(),
                r.tokens(), wall, gc, r.docsPerSecond(), r.tokensPerSecond());
        out.flush();
        return r;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2] + " (1, 5, 15 min)";
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }

    /** Runs every document; returns {documents, failed, tokens}. */
    private long[] run(Engine engine, List<Document> docs) {
        long[] counts = new long[3];
        OrderedParallelRunner.run(docs.iterator(), engine, tokens -> {
            counts[0]++;
            if (tokens < 0) {
                counts[1]++;
            } else {
                counts[2] += tokens;
            }
        }, threads);
        return counts;
    }

    private void report(List<Result> results) {
        out.println("engine        annotators                                       start-up s  load s  warm-up s  time s  (GC s)  docs/s  tokens/s  peak RSS MB  peak heap MB");
        for (Result r : results) {
            out.printf(Locale.ROOT, "%-13s %-48s %10.1f %7.1f %10.1f %7.1f %7.1f %7.2f %9.0f %12s %13d%n", r.engine(),
                    abbreviate(r.annotators(), 48), r.startup(), r.loadSeconds(), r.warmupSeconds(), r.seconds(), r.gcSeconds(),
                    r.docsPerSecond(), r.tokensPerSecond(), r.peakRss() < 0 ? "n/a" : Long.toString(r.peakRss() >> 20), r.peakHeap() >> 20);
        }
        out.println();
        Result newsie = find(results, "newsie");
        if (newsie == null) {
            return;
        }
        out.printf(Locale.ROOT, "newsie start-up: %.1f s from JVM start to pipeline ready (pipeline load %.1f s)%n",
                newsie.startup(), newsie.loadSeconds());
        out.printf(Locale.ROOT, "newsie throughput: %.2f docs/s, %.0f tokens/s with %d threads%n", newsie.docsPerSecond(),
                newsie.tokensPerSecond(), threads);
        Result openie = find(results, "stock OpenIE");
        Result floor = find(results, "floor");
        if (openie != null) {
            double ratio = openie.seconds() / newsie.seconds();
            out.printf(Locale.ROOT, "newsie / stock OpenIE pipeline: %.2fx (target >= 5x): %s%n", ratio, ratio >= 5 ? "reached" : "NOT reached");
        }
        if (floor != null) {
            double ratio = floor.seconds() / newsie.seconds();
            out.printf(Locale.ROOT, "newsie / tokenize+ssplit+pos floor: %.1f%% (target >= 40%%): %s%n", 100 * ratio,
                    ratio >= 0.4 ? "reached" : "NOT reached");
        }
        Result names = find(results, "names only");
        if (floor != null && names != null) {
            out.printf(Locale.ROOT, "names only (NER CRF, no dates, no parsing) / floor: %.1f%%; newsie / names only: %.1f%%%n",
                    100 * floor.seconds() / names.seconds(), 100 * names.seconds() / newsie.seconds());
        }
        if (newsie.peakRss() >= 0) {
            long mb = newsie.peakRss() >> 20;
            out.printf(Locale.ROOT, "newsie peak RSS: %,d MB with JVM options %s (target < 2048 MB): %s%n", mb, newsie.jvm(),
                    mb < 2048 ? "reached" : "NOT reached");
        }
        out.println("(ratios: wall time of the median timed pass over the same documents with the same threads, i.e. docs/s; "
                + "tokens/s use each engine's own token count" + (inProcess ? "; peak RSS is the process's, including earlier engines" : "")
                + ")");
        out.flush();
    }

    private static Result find(List<Result> results, String engine) {
        return results.stream().filter(r -> r.engine().equals(engine)).findFirst().orElse(null);
    }

    private static String abbreviate(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 3) + "...";
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** The benchmark corpus: text files (one document each), directories of *.txt (sorted) and JSON Lines files. */
    static List<Document> loadCorpus(List<Path> inputs) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Document> docs = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.walk(input)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList()) {
                        docs.add(Document.ok(f.toString(), Files.readString(f, StandardCharsets.UTF_8), null));
                    }
                }
            } else if (input.toString().endsWith(".jsonl")) {
                try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                    String line;
                    int number = 0;
                    while ((line = reader.readLine()) != null) {
                        number++;
                        if (line.isBlank()) {
                            continue;
                        }
                        JsonNode record = json.readTree(line);
                        String date = record.hasNonNull("date") ? record.get("date").asText()
                                : record.hasNonNull("doc_date") ? record.get("doc_date").asText() : null;
                        String id = record.hasNonNull("id") ? record.get("id").asText() : input + ":" + number;
                        docs.add(Document.ok(id, record.get("text").asText(), date));
                    }
                }
            } else {
                docs.add(Document.ok(input.toString(), Files.readString(input, StandardCharsets.UTF_8), null));
            }
        }
        return docs;
    }
}
