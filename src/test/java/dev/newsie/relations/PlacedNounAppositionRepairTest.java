package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A name in apposition after "NOUN in PLACE," names the noun, not the place. */
class PlacedNounAppositionRepairTest {
    @Test
    void aNameAfterANounInAPlaceNamesTheNoun() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Bolt's main rival in Europe, Uber, agreed to buy the Czech taxi app Liftago."));
        assertTrue(keys.contains("Uber|buy|Liftago"), keys.toString());
    }

    @Test
    void aNameAfterANounAcrossAPlaceNamesTheNounButAnOfPhraseKeepsItsName() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Bolt's main rival across Europe, Uber, agreed to buy the Czech taxi "
                + "app Liftago. Angela Merkel met the president of France, Emmanuel Macron, in Berlin."));
        assertTrue(keys.contains("Uber|buy|Liftago"), keys.toString());
        assertTrue(keys.contains("Emmanuel Macron|president of|France"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("France|")), keys.toString());
    }
}
