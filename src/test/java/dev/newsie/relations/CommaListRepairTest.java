package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headline subjects joined by a comma are conjuncts, through the real pipeline. */
class CommaListRepairTest {
    @Test
    void commaJoinedHeadlineSubjectsAreAPair() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Japan, Indonesia agree to deepen defense ties during Prabowo's visit"));
        assertTrue(keys.contains("Japan|agree|Indonesia"), keys.toString());
        keys = RuleFileCases.keys(TestPipeline.extract("Israel, Hamas agree to ceasefire"));
        assertTrue(keys.contains("Israel|agree|Hamas"), keys.toString());
    }

    @Test
    void anAppositionIsNoPair() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Sergei Lavrov, Russia's foreign minister, met Wang Yi in Beijing."));
        assertTrue(keys.contains("Sergei Lavrov|meet|Wang Yi"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Sergei Lavrov|meet|Russia") || k.startsWith("Russia|meet")), keys.toString());
    }
}
