package dev.newsie.annotate;

import dev.newsie.dates.DateTagger;
import dev.newsie.settings.SettingsException;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * The CoreNLP stages, loaded once and shared by all worker threads.
 * <ol>
 * <li>tokenize, ssplit, pos, lemma and the NER CRF on every sentence;</li>
 * <li>dates: SUTime and CoreNLP's numeric classifiers only near date cues ({@link DateTagger});</li>
 * <li>the dependency parser only on the sentences the caller selects, building only the enhanced++
 *     graph newsie's patterns read (CoreNLP's depparse annotator builds five).</li>
 * </ol>
 * Settings come from models/pipeline.properties: CoreNLP's own keys, with depparse.* read here.
 */
public final class NlpPipeline {
    private final StanfordCoreNLP tagger;
    private final NERCombinerAnnotator names;
    private final DateTagger dates;
    private final EntityMentionsAnnotator mentions;
    private final DependencyParser parser;
    /** Longer sentences are not parsed: lists and tables, not prose, and parse time grows with length. */
    private final int parseMaxTokens;

    /**
     * @param settings  models/pipeline.properties
     * @param dates     builds the date tagger from CoreNLP's ner.* settings (sentence length and the like)
     */
    public NlpPipeline(Properties settings, Function<Properties, DateTagger> dates) {
        Properties tagging = new Properties();
        Properties ner = new Properties();
        Properties depparse = new Properties();
        for (String key : settings.stringPropertyNames()) {
            String value = settings.getProperty(key).strip();
            if (key.startsWith("depparse.")) {
                depparse.setProperty(key.substring("depparse.".length()), value);
            } else if (key.startsWith("ner.")) {
                ner.setProperty(key, value);
            } else {
                tagging.setProperty(key, value);
            }
        }
        this.tagger = new StanfordCoreNLP(tagging);
        try {
            Properties namesOnly = new Properties();
            namesOnly.putAll(ner);
            namesOnly.setProperty("ner.applyNumericClassifiers", "false");
            namesOnly.setProperty("ner.useSUTime", "false");
            namesOnly.setProperty("ner.buildEntityMentions", "false");
            this.names = new NERCombinerAnnotator(namesOnly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.dates = dates.apply(ner);
        this.mentions = new EntityMentionsAnnotator("ner.entitymentions", new Properties());
        String maxlen = depparse.getProperty("maxlen");
        if (maxlen == null || !maxlen.matches("\\d{1,4}")) {
            throw new SettingsException("pipeline.properties: setting 'depparse.maxlen' must be a whole number, not " + maxlen);
        }
        this.parseMaxTokens = Integer.parseInt(maxlen);
        depparse.remove("maxlen");
        String model = depparse.getProperty("model");
        if (model == null) {
            throw new SettingsException("pipeline.properties: setting 'depparse.model' is missing");
        }
        this.parser = DependencyParser.loadFromModelFile(model, depparse);
    }

    /** The date tagger, shared with the entity stage (one SUTime). */
    public DateTagger dates() {
        return dates;
    }

    /** Tags a document; {@code docDate} (YYYY-MM-DD or null) anchors relative dates. */
    public Annotation tag(String text, String docDate) {
        Annotation doc = new Annotation(text);
        if (docDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        tagger.annotate(doc);
        names.annotate(doc);
        dates.tag(doc);
        mentions.annotate(doc);
        return doc;
    }

    /** Adds enhanced++ dependency graphs to the given sentences of a tagged document. */
    public void parse(List<CoreMap> sentences) {
        for (CoreMap sentence : sentences) {
            if (sentence.get(CoreAnnotations.TokensAnnotation.class).size() > parseMaxTokens) {
                continue;
            }
            GrammaticalStructure structure = parser.predict(sentence);
            sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    SemanticGraphFactory.makeFromTree(structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                            GrammaticalStructure.Extras.NONE, null));
        }
    }
}
