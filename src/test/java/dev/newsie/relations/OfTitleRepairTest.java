package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A title that runs on past "of" ("chief of staff") is one title, however the parser joins its last word to the name. */
class OfTitleRepairTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void theTitlesLastWordIsNoPartOfTheName() {
        List<String> keys = triples("Prosecutors allege that Sarkozy's close aides, including his former chief of staff Claude Gueant "
                + "and former Interior Minister Brice Hortefeux, met Abdullah Senussi in Tripoli.");
        assertTrue(keys.contains("Claude Gueant|former chief of staff of|Sarkozy"), keys.toString());
        // the included people are the aides who met
        assertTrue(keys.containsAll(List.of("Claude Gueant|meet|Abdullah Senussi", "Brice Hortefeux|meet|Abdullah Senussi")), keys.toString());
        // the next name is no holder of the title
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Claude Gueant|former chief of staff of|Brice")), keys.toString());
    }

    @Test
    void theTitleKeepsItsWordsPastOf() {
        List<String> keys = triples("Biden's chief of staff Jeff Zients met Kevin McCarthy. Secretary of State Antony Blinken of the United States "
                + "met Wang Yi.");
        assertTrue(keys.contains("Jeff Zients|chief of staff of|Biden"), keys.toString());
        assertFalse(keys.contains("Jeff Zients|chief of|Biden"), keys.toString());
        assertTrue(keys.contains("Antony Blinken|meet|Wang Yi"), keys.toString());
    }
}
