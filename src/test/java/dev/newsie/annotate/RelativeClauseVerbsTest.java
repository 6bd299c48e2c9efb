package dev.newsie.annotate;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An object relative clause's present-tense verb the tagger reads as a plural noun, through the real pipeline. */
class RelativeClauseVerbsTest {
    private static List<String> keys(String text) {
        ExtractionResult r = TestPipeline.extract(text);
        return r.triples().stream().map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void aPluralNounAfterWhichAndANameIsTheClausesVerb() {
        List<String> keys = keys("Emmerson Mnangagwa met Cyril Ramaphosa. The Southern African Development Community (SADC), which "
                + "Mnangagwa chairs until August, welcomed the deal.");
        assertTrue(keys.contains("Emmerson Mnangagwa|chair|Southern African Development Community"), keys.toString());
    }

    @Test
    void aClauseWithAVerbOfItsOwnKeepsTheNoun() {
        // "heads of state" are people where the clause has its verb ("criticised")
        List<String> keys = keys("Zimbabwe met South Africa on Monday. The Southern African Development Community, which Zimbabwe heads "
                + "of state criticised, welcomed the deal.");
        assertTrue(keys.contains("Zimbabwe|meet|South Africa"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Zimbabwe|head")), keys.toString());
    }
}
