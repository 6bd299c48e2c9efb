package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repair of a "from" phrase the parser hangs on the verb instead of the noun before it, through the real pipeline. */
class OriginPhraseRepairTest {
    @Test
    void aFromPhraseRightAfterTheThingAMeasureHitsIsTheThings() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("The United States imposed tariffs on goods from China."));
        assertTrue(keys.contains("United States|impose tariffs on|China"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("tariffs from")), keys.toString());
    }

    @Test
    void aFromPhraseOfTheVerbItselfStaysTheVerbs() {
        // no "on" phrase before it: where the troops are withdrawn from
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("The United States withdrew troops from Syria."));
        assertTrue(keys.contains("United States|withdraw troops from|Syria"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.contains("|withdraw troops on|")), keys.toString());
    }
}
