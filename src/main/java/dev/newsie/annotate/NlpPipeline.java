package dev.newsie.annotate;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * The CoreNLP stages, loaded once and shared by all worker threads.
 * <ol>
 * <li>tokenize, ssplit, pos, lemma and the NER CRF on every sentence;</li>
 * <li>SUTime and CoreNLP's numeric classifiers only near {@link DateCues date cues}: they cost several
 *     times the CRF, and most sentences have no date;</li>
 * <li>the dependency parser only on the sentences the caller selects, building only the enhanced++
 *     graph newsie's patterns read (CoreNLP's depparse annotator builds five).</li>
 * </ol>
 * Settings come from models/pipeline.properties: CoreNLP's own keys, plus ner.* and depparse.* read here.
 */
public final class NlpPipeline {
    private final StanfordCoreNLP tagger;
    private final NERCombinerAnnotator names;
    private final NERCombinerAnnotator dates;
    private final EntityMentionsAnnotator mentions;
    private final DateCues dateCues;
    /** Tokens either side of a date cue that the date tagger reads. */
    private final int dateReach;
    private final DependencyParser parser;
    /** Longer sentences are not parsed: lists and tables, not prose, and parse time grows with length. */
    private final int parseMaxTokens;

    /**
     * The pipeline of models/pipeline.properties: CoreNLP's keys, plus newsie.dateCues.words (a word list,
     * read with {@code readLines}), newsie.dateCues.number (a token pattern) and newsie.dateCues.reach.
     */
    public static NlpPipeline load(Properties settings, Function<String, List<String>> readLines) {
        Properties coreNlp = new Properties();
        coreNlp.putAll(settings);
        String words = required(settings, "newsie.dateCues.words");
        String number = required(settings, "newsie.dateCues.number");
        int reach = Integer.parseInt(required(settings, "newsie.dateCues.reach"));
        settings.stringPropertyNames().stream().filter(key -> key.startsWith("newsie.")).forEach(coreNlp::remove);
        return new NlpPipeline(coreNlp, new DateCues(readLines.apply(words), number), reach);
    }

    private static String required(Properties settings, String key) {
        String value = settings.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("pipeline.properties: " + key + " is not set");
        }
        return value.strip();
    }

    public NlpPipeline(Properties settings, DateCues dateCues, int dateReach) {
        Properties tagging = new Properties();
        Properties ner = new Properties();
        Properties depparse = new Properties();
        for (String key : settings.stringPropertyNames()) {
            String value = settings.getProperty(key).strip();
            if (key.startsWith("depparse.")) {
                depparse.setProperty(key.substring("depparse.".length()), value);
            } else if (key.startsWith("ner.") || key.startsWith("sutime.")) {
                ner.setProperty(key, value);
            } else {
                tagging.setProperty(key, value);
            }
        }
        this.dateCues = dateCues;
        this.dateReach = dateReach;
        this.tagger = new StanfordCoreNLP(tagging);
        try {
            Properties namesOnly = new Properties();
            namesOnly.putAll(ner);
            namesOnly.setProperty("ner.applyNumericClassifiers", "false");
            namesOnly.setProperty("ner.useSUTime", "false");
            namesOnly.setProperty("ner.buildEntityMentions", "false");
            this.names = new NERCombinerAnnotator(namesOnly);
            Properties datesOnly = new Properties();
            datesOnly.putAll(ner);
            datesOnly.setProperty("ner.model", "");
            datesOnly.setProperty("ner.applyNumericClassifiers", "true");
            datesOnly.setProperty("ner.useSUTime", "true");
            datesOnly.setProperty("ner.buildEntityMentions", "false");
            this.dates = new NERCombinerAnnotator(datesOnly);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.mentions = new EntityMentionsAnnotator("ner.entitymentions", new Properties());
        this.parseMaxTokens = Integer.parseInt(depparse.getProperty("maxlen", "120"));
        depparse.remove("maxlen");
        this.parser = DependencyParser.loadFromModelFile(depparse.getProperty("model", DependencyParser.DEFAULT_MODEL), depparse);
    }

    /** Tags a document; {@code docDate} (YYYY-MM-DD or null) anchors relative dates. */
    public Annotation tag(String text, String docDate) {
        Annotation doc = new Annotation(text);
        if (docDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, docDate);
        }
        tagger.annotate(doc);
        names.annotate(doc);
        tagDates(doc);
        mentions.annotate(doc);
        return doc;
    }

    /**
     * Runs the date and number tagger on copies of the stretches of text around date cues and keeps what
     * it finds where the CRF found nothing: the same precedence as CoreNLP's combined NER. SUTime's cost
     * grows with the tokens it reads, and a date expression does not reach further than a few words from
     * its cue word ("the first week of September last year").
     */
    private void tagDates(Annotation doc) {
        List<List<CoreLabel>> originals = new ArrayList<>();
        List<CoreMap> stretches = new ArrayList<>();
        List<CoreLabel> copiedTokens = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int[] span : dateCues.spans(tokens, dateReach)) {
                List<CoreLabel> original = tokens.subList(span[0], span[1]);
                List<CoreLabel> copies = new ArrayList<>(original.size());
                for (CoreLabel token : original) {
                    CoreLabel copy = new CoreLabel(token);
                    copy.setNER(null);
                    copy.setIndex(copies.size() + 1);
                    copies.add(copy);
                }
                CoreMap stretch = new ArrayCoreMap(sentence);
                stretch.set(CoreAnnotations.TokensAnnotation.class, copies);
                int begin = original.get(0).beginPosition();
                int end = original.get(original.size() - 1).endPosition();
                stretch.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
                stretch.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
                stretch.set(CoreAnnotations.TextAnnotation.class, doc.get(CoreAnnotations.TextAnnotation.class).substring(begin, end));
                originals.add(original);
                stretches.add(stretch);
                copiedTokens.addAll(copies);
            }
        }
        if (stretches.isEmpty()) {
            return;
        }
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, stretches);
        part.set(CoreAnnotations.TokensAnnotation.class, copiedTokens);
        if (doc.containsKey(CoreAnnotations.DocDateAnnotation.class)) {
            part.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        }
        dates.annotate(part);
        for (int s = 0; s < stretches.size(); s++) {
            List<CoreLabel> tokens = originals.get(s);
            List<CoreLabel> tagged = stretches.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                CoreLabel found = tagged.get(t);
                boolean crfFoundNothing = token.ner() == null || "O".equals(token.ner());
                if (crfFoundNothing && found.ner() != null && !"O".equals(found.ner())) {
                    token.setNER(found.ner());
                    token.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, found.ner());
                    token.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class,
                            found.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class));
                    String normalized = found.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                    if (normalized != null) {
                        token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, normalized);
                    }
                    NumberSequenceClassifier.transferAnnotations(found, token);
                }
            }
        }
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
