package dev.newsie.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where a document stands in the job's input, so that the output keeps the command line's order: the
 * input's position among {@code --input}, the file's path below it, and the record's position in the file
 * (JSON Lines record, Parquet row; 0 for a one-document file). The path's names are joined by {@code \0},
 * so comparing paths compares them name by name, the order in which {@code newsie extract} walks a
 * directory ("a/z.txt" before "a.txt").
 */
public record DocumentKey(int input, String path, long record) implements Comparable<DocumentKey>, Serializable {
    /** Input order, for Spark's sort (it needs a comparator it can ship). */
    public static final Comparator<DocumentKey> ORDER = new Order();

    /** The key of a file at {@code relativePath} ("a/b.txt"; "" for a file named on the command line). */
    public static DocumentKey of(int input, String relativePath, long record) {
        return new DocumentKey(input, relativePath.replace('/', '\0'), record);
    }

    @Override
    public int compareTo(DocumentKey other) {
        int byInput = Integer.compare(input, other.input);
        if (byInput != 0) {
            return byInput;
        }
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : Long.compare(record, other.record);
    }

    /** The same file, another record. */
    public DocumentKey withRecord(long newRecord) {
        return new DocumentKey(input, path, newRecord);
    }

    private static final class Order implements Comparator<DocumentKey>, Serializable {
        @Override
        public int compare(DocumentKey a, DocumentKey b) {
            return a.compareTo(b);
        }
    }
}
