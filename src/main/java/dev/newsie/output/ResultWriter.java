package dev.newsie.output;

/** Writes extraction results as they come, in input order: newsie/1 documents or event records. */
public interface ResultWriter extends AutoCloseable {
    void write(ExtractionResult result);

    @Override
    void close();
}
