package dev.newsie.dates;

import dev.newsie.settings.Settings;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * newsie's one SUTime (with CoreNLP's numeric classifiers), configured from models/dates.properties. It reads
 * only the stretches of text around {@link DateCues date cues}: it costs several times the NER CRF per token, and
 * most sentences hold no date. Thread-safe: SUTime keeps no state between calls once its tense rules are gone
 * (models/sutime/english.sutime.txt says why).
 */
public final class DateTagger {
    private final NERCombinerAnnotator sutime;
    private final DateCues cues;
    /** Tokens either side of a cue that SUTime reads. */
    private final int reach;

    /**
     * @param ner         CoreNLP's ner.* settings of the pipeline (sentence length limit and the like)
     * @param dates       models/dates.properties
     * @param readLines   reads a word list of models/
     * @param modelPath   turns a "models:NAME" entry of sutime.rules into a path CoreNLP can open
     */
    public DateTagger(Properties ner, Settings dates, Function<String, List<String>> readLines,
                      UnaryOperator<String> modelPath) {
        this.cues = new DateCues(readLines.apply(dates.text("cues.words")), dates.text("cues.number"));
        this.reach = dates.number("cues.reach", 0, 50);
        Properties settings = new Properties();
        settings.putAll(ner);
        String rules = dates.text("sutime.rules");
        Properties sutimeSettings = dates.withPrefix("sutime.");
        List<String> paths = new ArrayList<>();
        for (String entry : rules.split(",")) {
            String name = entry.strip();
            paths.add(name.startsWith("models:") ? modelPath.apply(name.substring("models:".length())) : name);
        }
        sutimeSettings.setProperty("sutime.rules", String.join(",", paths));
        settings.putAll(sutimeSettings);
        settings.setProperty("ner.model", "");
        settings.setProperty("ner.applyNumericClassifiers", "true");
        settings.setProperty("ner.useSUTime", "true");
        settings.setProperty("ner.buildEntityMentions", "false");
        try {
            this.sutime = new NERCombinerAnnotator(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Tags dates and numbers in copies of the stretches around date cues and keeps what SUTime finds where the CRF
     * found nothing: the same precedence as CoreNLP's combined NER. A date expression does not reach further than
     * a few words from its cue word ("the first week of September last year").
     */
    public void tag(Annotation doc) {
        List<List<CoreLabel>> originals = new ArrayList<>();
        List<CoreMap> stretches = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int[] span : cues.spans(tokens, reach)) {
                List<CoreLabel> original = tokens.subList(span[0], span[1]);
                originals.add(original);
                stretches.add(stretch(doc, sentence, original));
            }
        }
        if (stretches.isEmpty()) {
            return;
        }
        run(doc, stretches);
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

    /** The timex SUTime gives to these words alone (a date cut out of a longer expression), or null. */
    Timex timexOf(Annotation doc, CoreMap sentence, List<CoreLabel> words) {
        CoreMap stretch = stretch(doc, sentence, words);
        run(doc, List.of(stretch));
        for (CoreLabel token : stretch.get(CoreAnnotations.TokensAnnotation.class)) {
            Timex timex = token.get(TimeAnnotations.TimexAnnotation.class);
            if (timex != null && "DATE".equals(token.ner())) {
                return timex;
            }
        }
        return null;
    }

    /** A copy of some tokens of a sentence as a sentence of its own, for SUTime to tag without touching the original. */
    private static CoreMap stretch(Annotation doc, CoreMap sentence, List<CoreLabel> original) {
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
        return stretch;
    }

    private void run(Annotation doc, List<CoreMap> stretches) {
        Annotation part = new Annotation(doc.get(CoreAnnotations.TextAnnotation.class));
        part.set(CoreAnnotations.SentencesAnnotation.class, stretches);
        List<CoreLabel> tokens = new ArrayList<>();
        stretches.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        if (doc.containsKey(CoreAnnotations.DocDateAnnotation.class)) {
            part.set(CoreAnnotations.DocDateAnnotation.class, doc.get(CoreAnnotations.DocDateAnnotation.class));
        }
        sutime.annotate(part);
    }
}
