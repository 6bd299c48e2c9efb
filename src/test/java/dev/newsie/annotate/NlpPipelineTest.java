package dev.newsie.annotate;

import dev.newsie.TestPipeline;
import dev.newsie.dates.DateTagger;
import dev.newsie.pipeline.Models;
import dev.newsie.settings.Settings;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The date gate must not change the dates newsie keeps: newsie's pipeline (SUTime only near date cues)
 * against the same pipeline with every token a cue, which is CoreNLP's combined NER. Numbers, money,
 * ordinals and times away from a cue are no longer tagged; newsie outputs none of them.
 */
class NlpPipelineTest {
    private static NlpPipeline gated;
    private static NlpPipeline everySentence;

    /** Dates of many shapes, each in a sentence of its own, and sentences without dates. */
    private static final String DATES = String.join("\n",
            "Putin arrived in Pyongyang on June 19, 2024.",
            "The summit was held last September.",
            "Kim visited Russia two years ago.",
            "Talks resumed on Tuesday morning.",
            "The treaty dates from 1961 and was renewed in the 1990s.",
            "The order was signed on 14/06/2024 and published 2024-06-14.",
            "Leaders met at Christmas and again at Easter.",
            "Sales fell in the third quarter of fiscal 2009.",
            "Shares rose this week, yesterday and today.",
            "The plant will close next spring, officials said Friday.",
            "Boeing delivered 717 jets to AirTran for $5 billion.",
            "Vladimir Putin met Kim Jong-un in Pyongyang.",
            "It may take a decade, or until the end of the century.",
            "The Soviet Union collapsed in December 1991, three days after the vote.");

    @BeforeAll
    static void load() {
        RedwoodConfiguration.current().clear().apply();
        Models models = Models.fromDirectory(TestPipeline.MODELS);
        gated = pipeline(models, models.settings("dates.properties"));
        Properties allCued = models.properties("dates.properties");
        allCued.setProperty("cues.number", ".*");
        everySentence = pipeline(models, new Settings("dates.properties", allCued));
    }

    private static NlpPipeline pipeline(Models models, Settings dates) {
        return new NlpPipeline(models.properties("pipeline.properties"), ner -> new DateTagger(ner, dates, models::lines, models::path));
    }

    /**
     * Every token as word/tag/value, with tags other than names and dates, vague dates ("recently"), and
     * the verb "may" as O: SUTime sometimes takes "this may" for the month, and the gate, on purpose, does not.
     */
    private static List<String> tags(NlpPipeline pipeline, String text) {
        return tags(pipeline, text, TestPipeline.DOC_DATE);
    }

    private static List<String> tags(NlpPipeline pipeline, String text, String docDate) {
        Annotation doc = pipeline.tag(text, docDate);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel token = tokens.get(i);
            String value = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            boolean kept = KEPT.contains(token.ner()) && (value == null || !value.endsWith("_REF"))
                    && !("DATE".equals(token.ner()) && inDateWithVerbMay(tokens, i));
            tags.add(token.word() + "/" + (kept ? token.ner() + "/" + value : "O"));
        }
        return tags;
    }

    /** Whether the DATE run holding token i contains the lower-case word "may". */
    private static boolean inDateWithVerbMay(List<CoreLabel> tokens, int i) {
        String value = tokens.get(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        for (int step : new int[] {-1, 1}) {
            for (int j = i; j >= 0 && j < tokens.size() && "DATE".equals(tokens.get(j).ner())
                    && java.util.Objects.equals(value, tokens.get(j).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)); j += step) {
                if (tokens.get(j).word().equals("may")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> KEPT = Set.of("PERSON", "ORGANIZATION", "LOCATION", "DATE");

    @Test
    void gateKeepsEveryDateAndValue() {
        List<String> expected = tags(everySentence, DATES);
        assertEquals(expected, tags(gated, DATES));
        assertTrue(expected.contains("1961/DATE/1961"), expected.toString());
        assertTrue(expected.contains("September/DATE/2023-09"), expected.toString());
    }

    @Test
    void gateKeepsEveryTagOnTheSamples() throws IOException {
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            String text = Files.readString(sample);
            assertEquals(tags(everySentence, text), tags(gated, text), sample.toString());
        }
    }

    /**
     * CoreNLP's own English rules tag the tense of "announced on Monday" onto the value shared by every "Monday", so
     * a later document's "meet Monday" resolved backwards. newsie's rules leave that out: SUTime's value of a
     * document's "Monday" is the same whatever ran before it.
     */
    @Test
    void sutimeKeepsNoTenseFromOneDocumentToTheNext() {
        String past = "The minister announced on Monday a reward for information leading to the arrest of the attackers.";
        String present = "He and the opposition leader meet separately Monday with the foreign minister.";
        List<String> before = tags(gated, present, "1998-05-01");
        tags(gated, past, "1998-08-11");
        assertEquals(before, tags(gated, present, "1998-05-01"));
        assertTrue(before.contains("Monday/DATE/1998-05-04"), before.toString());
    }

    @Test
    void theVerbMayIsNoDate() {
        String text = "GM submitted a plan which would close five plants, and this may be increased.";
        assertTrue(tags(gated, text).stream().noneMatch(t -> t.contains("/DATE/")));
    }

    @Test
    void namesAreTaggedInSentencesWithoutDates() {
        List<String> tags = tags(gated, "Vladimir Putin met Kim Jong-un in Pyongyang.");
        assertTrue(tags.contains("Putin/PERSON/null"), tags.toString());
        assertTrue(tags.stream().noneMatch(t -> t.contains("/DATE/")), tags.toString());
    }

    @Test
    void entityMentionsIncludeDates() {
        Annotation doc = gated.tag("Putin visited China in May 2024.", TestPipeline.DOC_DATE);
        List<CoreMap> mentions = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0).get(CoreAnnotations.MentionsAnnotation.class);
        assertTrue(mentions.stream().anyMatch(m -> "DATE".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))
                && m.get(CoreAnnotations.TextAnnotation.class).equals("May 2024")), mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> "PERSON".equals(m.get(CoreAnnotations.NamedEntityTagAnnotation.class))));
    }

    @Test
    void parsesOnlyTheSelectedSentencesUpToTheLengthCap() {
        String longSentence = "Putin met Kim" + " and Xi".repeat(70) + ".";
        Annotation doc = gated.tag("Putin met Kim in Pyongyang.\nXi stayed home.\n" + longSentence, TestPipeline.DOC_DATE);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        gated.parse(List.of(sentences.get(0), sentences.get(2)));
        assertNotNull(sentences.get(0).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        assertNull(sentences.get(1).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
        assertNull(sentences.get(2).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class),
                "longer than depparse.maxlen");
    }
}
