package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repair for an object moved behind a short "as" phrase, through the real pipeline. */
class ShiftedObjectRepairTest {
    @Test
    void theObjectBehindAnAsPhraseIsTheVerbs() {
        List<String> shifted = RuleFileCases.keys(TestPipeline.extract("Albania on Friday denounced as an ugly crime Serbia's suppression of the protests."));
        assertTrue(shifted.contains("Albania|denounce suppression of|Serbia"), shifted.toString());
    }

    @Test
    void aVerbWithItsObjectKeepsIt() {
        // the "as" phrase after the object is a role of the object, not a shifted object
        List<String> named = RuleFileCases.keys(TestPipeline.extract("France named Emmanuel Macron as its candidate for the post in Brussels."));
        assertTrue(named.contains("France|name|Emmanuel Macron"), named.toString());
        assertTrue(named.stream().noneMatch(k -> k.contains("candidate")), named.toString());
    }
}
