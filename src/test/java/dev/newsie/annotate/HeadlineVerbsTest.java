package dev.newsie.annotate;

import dev.newsie.TestPipeline;
import dev.newsie.output.ExtractionResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headlinese: a present-tense act the tagger reads as a plural noun, through the real pipeline. */
class HeadlineVerbsTest {
    private static List<String> keys(String text) {
        ExtractionResult r = TestPipeline.extract(text);
        return r.triples().stream().map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void aHeadlinesActIsAVerb() {
        assertTrue(keys("Chile's Boric signs critical minerals pact with Japan during Tokyo visit").contains("Chile|sign pact with|Japan"));
        assertTrue(keys("Canada sanctions Venezuelan officials and Maduro family members after inauguration")
                .contains("Canada|sanction|Venezuela"));
    }

    @Test
    void aPluralNounBeforeAPrepositionOrBesideAVerbStaysANoun() {
        // "sanctions on": the measure, named by a noun; "hurt" is the headline's verb
        List<String> noun = keys("New EU sanctions on Russia");
        assertTrue(noun.contains("EU|sanctions on|Russia"), noun.toString());
        assertTrue(noun.stream().noneMatch(k -> k.contains("|sanction|")), noun.toString());
        List<String> verb = keys("EU sanctions against Russia hurt Germany");
        assertTrue(verb.contains("EU|sanctions against|Russia"), verb.toString());
        assertTrue(verb.stream().noneMatch(k -> k.contains("|sanction|")), verb.toString());
    }

    @Test
    void baseForms() {
        assertEquals("sign", HeadlineVerbs.baseForm("signs"));
        assertEquals("deny", HeadlineVerbs.baseForm("denies"));
        assertEquals("push", HeadlineVerbs.baseForm("pushes"));
        assertEquals("pledge", HeadlineVerbs.baseForm("pledges"));
        assertNull(HeadlineVerbs.baseForm("sign"));
    }
}
