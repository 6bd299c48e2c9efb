package dev.newsie;

import dev.newsie.entities.EntityType;
import dev.newsie.input.Document;
import dev.newsie.output.ExtractionResult;
import dev.newsie.pipeline.Extractor;
import dev.newsie.pipeline.SharedExtractor;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;

import java.nio.file.Path;

/** The shared fixture: one real CoreNLP pipeline for the whole test run, on this checkout's models/. */
public final class TestPipeline {
    public static final Path MODELS = Path.of("models");
    public static final String DOC_DATE = "2024-06-14";
    private static Extractor extractor;

    private TestPipeline() {
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) {
            RedwoodConfiguration.current().clear().apply();
            extractor = SharedExtractor.of(MODELS); // the Spark tests' executor reuses it
        }
        return extractor;
    }

    public static ExtractionResult extract(String text) {
        return extract(text, DOC_DATE);
    }

    /** A text whose input gives this document date (YYYY-MM-DD, or null for none). */
    public static ExtractionResult extract(String text, String docDate) {
        return extractor().extract(Document.ok("test", text, docDate));
    }
}
