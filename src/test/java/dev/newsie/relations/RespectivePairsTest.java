package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A plural title between a list of holders and a list of names pairs them in order, through the real pipeline. */
class RespectivePairsTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void namesAndHoldersPairInOrder() {
        List<String> keys = triples("The foreign ministers of India and China, Subrahmanyam Jaishankar and Wang Yi, held talks.");
        assertTrue(keys.contains("Subrahmanyam Jaishankar|foreign minister of|India"), keys.toString());
        assertTrue(keys.contains("Wang Yi|foreign minister of|China"), keys.toString());
        assertFalse(keys.contains("Wang Yi|foreign minister of|India"), keys.toString());
        assertFalse(keys.contains("Subrahmanyam Jaishankar|foreign minister of|China"), keys.toString());
    }

    @Test
    void listsOfDifferentLengthsStateNoRole() {
        List<String> keys = triples("The leaders of France, Germany and Italy, Emmanuel Macron and Olaf Scholz, met in Berlin.");
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Emmanuel Macron|leader")), keys.toString());
        // the meeting of the countries still stands
        assertTrue(keys.contains("France|meet|Germany"), keys.toString());
    }

    @Test
    void oneNameWithATitleIsNoList() {
        List<String> keys = triples("Antonio Guterres, the secretary general of the United Nations, spoke.");
        assertTrue(keys.contains("Antonio Guterres|secretary general of|United Nations"), keys.toString());
    }

    @Test
    void aPluralEventNounPairsNothing() {
        List<String> keys = triples("US and EU sanctions on Russia and Iran took effect on Monday.");
        assertTrue(keys.contains("United States|sanctions on|Iran"), keys.toString());
        assertTrue(keys.contains("EU|sanctions on|Russia"), keys.toString());
    }

    @Test
    void threeHoldersAndThreeNamesThatTheParserRunsOnPairInOrder() {
        List<String> keys = triples("The presidents of Kazakhstan, Uzbekistan and Kyrgyzstan, Kassym-Jomart Tokayev, Shavkat Mirziyoyev "
                + "and Sadyr Japarov, signed a treaty on Thursday.");
        assertTrue(keys.contains("Kassym-Jomart Tokayev|president of|Kazakhstan"), keys.toString());
        assertTrue(keys.contains("Shavkat Mirziyoyev|president of|Uzbekistan"), keys.toString());
        assertTrue(keys.contains("Sadyr Japarov|president of|Kyrgyzstan"), keys.toString());
        assertFalse(keys.contains("Sadyr Japarov|president of|Kazakhstan"), keys.toString());
    }
}
