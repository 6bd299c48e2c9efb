package dev.newsie.pipeline;

import dev.newsie.annotate.NlpPipeline;
import dev.newsie.clean.PageFurniture;
import dev.newsie.entities.CountryTable;
import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.EntityExtractor;
import dev.newsie.entities.EntityType;
import dev.newsie.input.Document;
import dev.newsie.input.InputError;
import dev.newsie.output.ExtractionResult;
import dev.newsie.relations.RelationExtractor;
import dev.newsie.relations.RuleFile;
import dev.newsie.relations.Triple;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Set;

/**
 * One document through every stage: clean -> annotate -> entities -> relations. Thread-safe: one
 * instance (one CoreNLP pipeline) serves all worker threads.
 */
public final class Extractor {
    private final PageFurniture furniture;
    private final NlpPipeline nlp;
    private final EntityExtractor entities;
    private final RelationExtractor relations;
    private final Set<EntityType> types;

    public Extractor(Models models, Set<EntityType> types) {
        this.furniture = PageFurniture.fromRules(models.lines("furniture.txt"));
        this.entities = new EntityExtractor(CountryTable.fromTsv(models.lines("countries.tsv")), models.properties("entities.properties"),
                models.lines("lexicon/titles.txt"), models.lines("lexicon/state-institutions.txt"));
        this.relations = new RelationExtractor(RuleFile.parse(models.lines("relations.rules"), models::lines),
                models.properties("relations.properties"));
        this.nlp = NlpPipeline.load(models.properties("pipeline.properties"), models::lines);
        this.types = Set.copyOf(types);
    }

    /** The result for a document given up after the time limit. */
    public static ExtractionResult timedOut(Document doc, java.time.Duration limit) {
        return ExtractionResult.failed(doc.id(), doc.docDate(), new InputError(InputError.TIMEOUT,
                "processing took longer than " + limit.toMillis() / 1000.0 + " s (--doc-timeout)"));
    }

    public ExtractionResult extract(Document doc) {
        if (doc.failed()) {
            return ExtractionResult.failed(doc.id(), doc.docDate(), doc.error()).withUrl(doc.url());
        }
        try {
            return run(doc).withUrl(doc.url());
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return ExtractionResult.failed(doc.id(), doc.docDate(), new InputError(InputError.PROCESSING, message)).withUrl(doc.url());
        }
    }

    private ExtractionResult run(Document doc) {
        return run(doc, nlp.tag(furniture.clean(doc.text()), doc.docDate()));
    }

    /** Runs a document and returns CoreNLP's annotation too, for `newsie explain`. */
    public Annotation explain(Document doc, java.util.function.Consumer<ExtractionResult> result) {
        Annotation annotation = nlp.tag(furniture.clean(doc.text()), doc.docDate());
        result.accept(run(doc, annotation));
        return annotation;
    }

    private ExtractionResult run(Document doc, Annotation annotation) {
        DocumentEntities found = entities.extract(annotation, doc.docDate(), types);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        nlp.parse(relations.sentencesToParse(found).stream().map(sentences::get).toList());
        List<Triple> triples = relations.extract(annotation, found);
        found.assignIds();
        int tokenCount = annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        return new ExtractionResult(doc.id(), doc.docDate(), found.entities(), triples, null, tokenCount, doc.textSource(),
                doc.textSource() == null ? null : doc.text());
    }
}
