package dev.newsie.spark;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.newsie.input.Document;
import dev.newsie.input.DocumentSource;
import dev.newsie.input.InputError;
import dev.newsie.input.InputFormat;
import dev.newsie.input.InputOptions;
import dev.newsie.input.TextDecoder;
import dev.newsie.input.UsageException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The job's documents, read through Spark's own readers from any Hadoop file system ({@code file:},
 * {@code hdfs:}, {@code s3a:}): text, HTML and JSON Lines files, also gzipped ({@code binaryFiles}, one
 * file at a time, read by the command line's own code), and Parquet tables with id/text/date columns.
 * Each document comes with its {@link DocumentKey}, and with the id {@code newsie extract} gives it.
 */
final class SparkInputs {
    /** Reading a whole directory tree, as the command line does. */
    private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

    /** How records are read: the command line's {@link InputOptions}, as plain values a task can carry. */
    record Settings(SparkInputFormat format, long maxChars, String idField, String textField, String dateField,
                    String urlField) implements Serializable {
        InputOptions options() {
            InputFormat cli = format == SparkInputFormat.auto || format == SparkInputFormat.parquet
                    ? InputFormat.auto : InputFormat.valueOf(format.name());
            return new InputOptions(cli, maxChars, idField, textField, dateField, List.of(), List.of(), true, urlField);
        }
    }

    /** The --input-format values: the command line's, plus Parquet. */
    enum SparkInputFormat { auto, text, jsonl, html, parquet }

    /**
     * One --input path, with the command line's ids. A file named as such is read whatever its name, and its id
     * is its file name. A directory ({@code root}, qualified) is walked: only files with a known extension are
     * read, and ids are paths relative to it. A glob is what the shell would make of it: each path it matches,
     * as if named (a matched file's id is its name; below a matched directory, the path relative to that
     * directory); {@code root} is the directory it starts from and {@code globDepth} how many names it has below.
     */
    record Input(int index, String given, String root, int globDepth, boolean parquet) implements Serializable {
        /** The file's path below {@code root} ("" for a file named as such): its place in the input's order. */
        String relative(String file) {
            if (root == null) {
                return "";
            }
            String prefix = root.endsWith("/") ? root : root + "/";
            return file.startsWith(prefix) ? file.substring(prefix.length()) : file;
        }

        String idOf(String file) {
            String relative = relative(file);
            if (root == null) {
                return file.substring(file.lastIndexOf('/') + 1);
            }
            if (globDepth == 0) {
                return relative;
            }
            String[] names = relative.split("/");
            return names.length <= globDepth ? names[names.length - 1]
                    : String.join("/", Arrays.asList(names).subList(globDepth, names.length));
        }

        /** Whether only files with a known extension are read (a walk), or the file whatever its name. */
        boolean walked(String file) {
            return root != null && (globDepth == 0 || relative(file).split("/").length > globDepth);
        }

        /** The file's path as the command line would show it in an error message. */
        String shown(String file) {
            if (root == null) {
                return given;
            }
            return globDepth == 0 ? given.replaceAll("/+$", "") + "/" + relative(file) : file;
        }
    }

    private SparkInputs() {
    }

    /** Checks every path before anything is read, so that a typo fails fast (exit 2) as on the command line. */
    static List<Input> resolve(Configuration conf, List<String> paths, SparkInputFormat format) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (String given : paths) {
            Path path = new Path(given);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] found = fs.globStatus(path);
            if (found == null || found.length == 0) {
                throw new UsageException("input not found: " + given);
            }
            boolean glob = given.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
            String root = null;
            int globDepth = 0;
            if (glob) {
                Path globRoot = globRoot(path);
                root = fs.makeQualified(globRoot).toString();
                globDepth = path.depth() - globRoot.depth();
            } else if (found[0].isDirectory()) {
                root = found[0].getPath().toString();
            }
            boolean parquet = format == SparkInputFormat.parquet
                    || (format == SparkInputFormat.auto && given.replaceAll("/+$", "").endsWith(".parquet"));
            inputs.add(new Input(inputs.size(), given, root, globDepth, parquet));
        }
        return inputs;
    }

    /** The directory a glob starts from: its path up to the first name with a wildcard. */
    private static Path globRoot(Path glob) {
        Path p = glob;
        Path root = glob.getParent();
        while (p != null) {
            if (p.getName().chars().anyMatch(c -> "*?[{".indexOf(c) >= 0)) {
                root = p.getParent();
            }
            p = p.getParent();
        }
        return root == null ? new Path("/") : root;
    }

    /** Every document of the inputs, keyed by its place in the input; nothing is read until a job runs. */
    static JavaPairRDD<DocumentKey, SourceDocument> read(SparkSession spark, List<Input> inputs, Settings settings) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean(RECURSIVE, true);
        List<JavaPairRDD<DocumentKey, SourceDocument>> parts = new ArrayList<>();
        for (Input input : inputs) {
            parts.add(input.parquet() ? parquet(spark, input, settings) : files(jsc, input, settings));
        }
        JavaPairRDD<DocumentKey, SourceDocument> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    private static JavaPairRDD<DocumentKey, SourceDocument> files(JavaSparkContext jsc, Input input, Settings settings) {
        return jsc.binaryFiles(input.given(), readers(jsc)).flatMapToPair(file -> file(input, settings, file._1(), file._2()));
    }

    /**
     * How many tasks read the files: Spark packs small files into splits, by default two in all, which would
     * leave a directory of a million articles to two tasks.
     */
    static int readers(JavaSparkContext jsc) {
        return Math.max(2, 2 * jsc.defaultParallelism());
    }

    /** The documents of one file: one, or a JSON Lines file's records (read lazily, in order). */
    static Iterator<Tuple2<DocumentKey, SourceDocument>> file(Input input, Settings settings, String uri, PortableDataStream stream) {
        String file = qualified(uri);
        String name = file.substring(file.lastIndexOf('/') + 1);
        if (input.walked(file) && InputFormat.ofFileName(name) == null) {
            return Collections.emptyIterator(); // not a document, as in a directory walk of the CLI
        }
        String id = input.idOf(file);
        InputOptions options = settings.options();
        InputFormat format = options.format() != InputFormat.auto ? options.format()
                : InputFormat.ofFileName(name) == null ? InputFormat.text : InputFormat.ofFileName(name);
        DocumentKey key = DocumentKey.of(input.index(), input.relative(file), 0);
        InputStream in;
        try {
            in = name.endsWith(".gz") ? new GZIPInputStream(stream.open(), 1 << 16) : stream.open();
        } catch (IOException e) {
            return List.of(pair(key, DocumentSource.unreadable(id, input.shown(file), e))).iterator();
        }
        if (format != InputFormat.jsonl) {
            return List.of(pair(key, DocumentSource.readDocument(id, in, format, options))).iterator();
        }
        return new JsonlRecords(key, id, DocumentSource.jsonlRecords(id, in, options));
    }

    /** A file's path as Hadoop prints it ("file:/data/a.txt"), whatever escaping the reader's URI has. */
    private static String qualified(String uri) {
        try {
            return new Path(new URI(uri)).toString();
        } catch (java.net.URISyntaxException e) {
            return uri;
        }
    }

    /**
     * A JSON Lines file's records, numbered in file order. A file that breaks off (a damaged gzip stream) ends
     * with one unreadable-document record instead of failing the job; what was read before it stays.
     */
    private static final class JsonlRecords implements Iterator<Tuple2<DocumentKey, SourceDocument>> {
        private final DocumentKey file;
        private final String id;
        private final Iterator<Document> records;
        private long number;
        private Document broken;
        private boolean stopped;

        JsonlRecords(DocumentKey file, String id, Iterator<Document> records) {
            this.file = file;
            this.id = id;
            this.records = records;
        }

        @Override
        public boolean hasNext() {
            if (broken != null) {
                return true;
            }
            if (stopped) {
                return false;
            }
            try {
                return records.hasNext();
            } catch (UncheckedIOException e) {
                broken = Document.failed(id, null, InputError.UNREADABLE, e.getMessage());
                stopped = true;
                return true;
            }
        }

        @Override
        public Tuple2<DocumentKey, SourceDocument> next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            if (broken != null) {
                Document doc = broken;
                broken = null;
                return pair(file.withRecord(Long.MAX_VALUE), doc);
            }
            return pair(file.withRecord(++number), records.next());
        }
    }

    private static Tuple2<DocumentKey, SourceDocument> pair(DocumentKey key, Document doc) {
        return new Tuple2<>(key, SourceDocument.of(doc));
    }

    /**
     * A Parquet table's rows: the id, text, date and URL columns named by --id-field, --text-field, --date-field,
     * --url-field (any type; read as strings), checked as a JSON Lines record's fields are. A row without an id is
     * named by its file and row number ("part-0.parquet:12"); a row without text, with a bad date or URL gets a
     * bad-field record, as a JSON Lines record would.
     */
    private static JavaPairRDD<DocumentKey, SourceDocument> parquet(SparkSession spark, Input input, Settings settings) {
        Dataset<Row> table = spark.read().option("recursiveFileLookup", "true").parquet(input.given());
        List<String> columns = Arrays.asList(table.columns());
        String dateColumn = columns.contains(settings.dateField()) ? settings.dateField() : "doc_date";
        Dataset<Row> rows = table.select(
                column(columns, settings.idField()).as("id"),
                column(columns, settings.textField()).as("text"),
                column(columns, dateColumn).as("date"),
                column(columns, settings.urlField()).as("url"),
                functions.col("_metadata.file_path").as("file"),
                functions.col("_metadata.row_index").as("row"));
        return rows.toJavaRDD().mapToPair(row -> {
            String file = qualified(row.getString(4));
            long number = row.getLong(5) + 1;
            String relative = input.relative(file);
            String id = row.isNullAt(0) ? (input.root() == null ? input.given() : relative) + ":" + number : row.getString(0);
            return pair(DocumentKey.of(input.index(), relative, number), parquetRow(id, number, row, settings));
        });
    }

    /** One row's document, checked in the order JSON Lines fields are: the date, the URL, the text. */
    private static Document parquetRow(String id, long number, Row row, Settings settings) {
        String date;
        try {
            date = row.isNullAt(2) ? null : DocumentSource.checkDate(row.getString(2));
        } catch (IllegalArgumentException e) {
            return Document.failed(id, null, InputError.BAD_FIELD, "row " + number + ": " + e.getMessage());
        }
        String url;
        try {
            url = row.isNullAt(3) ? null : DocumentSource.recordUrl(TextNode.valueOf(row.getString(3)), settings.urlField());
        } catch (IllegalArgumentException e) {
            return Document.failed(id, date, InputError.BAD_FIELD, "row " + number + ": " + e.getMessage());
        }
        if (row.isNullAt(1)) {
            return Document.failed(id, date, InputError.BAD_FIELD, "row " + number + " has no string field \"" + settings.textField() + "\"")
                    .withUrl(url);
        }
        return TextDecoder.checkText(id, row.getString(1), date, settings.maxChars()).withUrl(url);
    }

    private static Column column(List<String> columns, String name) {
        return columns.contains(name) ? functions.col(name).cast("string") : functions.lit(null).cast("string");
    }
}
