package dev.newsie.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP pipeline, loaded once and shared by all worker threads.
 * First pass: tokenize, ssplit, pos, lemma, ner (with SUTime) on the whole document.
 * Second pass: the dependency parser, only on the sentences the caller selects.
 */
public final class NlpPipeline {
    private final StanfordCoreNLP firstPass;
    private final StanfordCoreNLP parser;
    /** Longer sentences are not parsed: lists and tables, not prose, and parse time grows with length. */
    private final int parseMaxTokens;

    public NlpPipeline(Properties settings) {
        Properties first = new Properties();
        Properties second = new Properties();
        for (String key : settings.stringPropertyNames()) {
            (key.startsWith("depparse.") ? second : first).setProperty(key, settings.getProperty(key));
        }
        this.parseMaxTokens = Integer.parseInt(second.getProperty("depparse.maxlen", "120").strip());
        second.remove("depparse.maxlen");
        this.firstPass = new StanfordCoreNLP(first);
        second.setProperty("annotators", "depparse");
        this.parser = new StanfordCoreNLP(second, false);
    }

    /** Tags a document; {@code docDate} (YYYY-MM-DD or null) anchors relative dates. */
    public Annotation tag(String text, String docDate) {
        Annotation doc = new Annotation(text);
        if (docDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        firstPass.annotate(doc);
        return doc;
    }

    /** Adds dependency graphs to the given sentences of a tagged document. */
    public void parse(Annotation doc, List<CoreMap> sentences) {
        List<CoreMap> parsable = sentences.stream()
                .filter(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= parseMaxTokens).toList();
        if (parsable.isEmpty()) {
            return;
        }
        Annotation subset = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        subset.set(CoreAnnotations.SentencesAnnotation.class, parsable);
        parser.annotate(subset);
    }
}
