package dev.newsie.dates;

import dev.newsie.TestPipeline;
import dev.newsie.pipeline.Models;
import dev.newsie.settings.Settings;
import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateCuesTest {
    /** The cues newsie ships (models/dates.properties and the word list it names). */
    private static final DateCues SHIPPED = shipped();

    private static DateCues shipped() {
        Models models = Models.fromDirectory(TestPipeline.MODELS);
        Settings settings = models.settings("dates.properties");
        return new DateCues(models.lines(settings.text("cues.words")), settings.text("cues.number"));
    }

    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(w -> {
            CoreLabel token = new CoreLabel();
            token.setWord(w);
            return token;
        }).toList();
    }

    /** A sentence with a cue has a stretch around it, even with no words either side. */
    private static boolean hasCue(DateCues cues, String sentence) {
        return !cues.spans(tokens(sentence), 0).isEmpty();
    }

    @Test
    void dateWordsAndDateShapedNumbersAreCues() {
        for (String s : List.of("Putin visited Pyongyang in September", "He left on Tuesday", "The talks ended yesterday",
                "It happened two years ago", "Sales fell last quarter", "The plant opened in 1987", "Prices peaked in the 1990s",
                "in the '90s", "The order was signed on 14/06/2024", "Published 2024-06-14", "Leaders met at Christmas",
                "The deal closed in May", "SEPTEMBER 2023", "the Sept. 11 attacks", "during the eighties")) {
            assertTrue(hasCue(SHIPPED, s), s);
        }
    }

    @Test
    void sentencesWithoutDatesAreNotCues() {
        for (String s : List.of("Putin met Kim Jong-un in Pyongyang", "The talks may resume", "Russia will march on",
                "The company sold 717 aircraft to AirTran", "Boeing shares rose 3.5 percent", "Chrysler employs 54,000 people")) {
            assertFalse(hasCue(SHIPPED, s), s);
        }
    }

    @Test
    void capitalizedEntriesMatchOnlyAsWritten() {
        DateCues cues = new DateCues(List.of("# comment", "May", "today", ""), "x^");
        assertTrue(hasCue(cues, "in May"));
        assertFalse(hasCue(cues, "it may rain"));
        assertTrue(hasCue(cues, "TODAY"));
    }

    @Test
    void spansReachAroundCuesAndMerge() {
        DateCues cues = new DateCues(List.of("may"), "(1[0-9]|20)[0-9][0-9]");
        List<CoreLabel> sentence = tokens("a b c May d e f g h i j 2024 k");
        List<int[]> spans = cues.spans(sentence, 2);
        assertEquals(2, spans.size());
        assertArrayEquals(new int[] {1, 6}, spans.get(0));
        assertArrayEquals(new int[] {9, 13}, spans.get(1));
        List<int[]> merged = cues.spans(sentence, 4);
        assertEquals(1, merged.size());
        assertArrayEquals(new int[] {0, 13}, merged.get(0));
        assertTrue(cues.spans(tokens("no date here"), 3).isEmpty());
    }
}
