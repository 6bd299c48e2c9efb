package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Controlled subjects the parser leaves out: two steps down a chain, and on a conjoined infinitive. */
class ChainedControlRepairTest {
    private static List<String> keys(String text) {
        return TestPipeline.extract(text).triples().stream()
                .map(t -> t.subject().name() + "|" + t.predicate() + "|" + t.object().name()).toList();
    }

    @Test
    void anInfinitiveTwoStepsDownTakesTheControlledSubject() {
        List<String> keys = keys("Dan is expected to travel to Ukraine to meet Volodymyr Zelenskyy.");
        assertTrue(keys.contains("Dan|meet|Volodymyr Zelenskyy"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Ukraine|meet")), keys.toString());
    }

    @Test
    void aBareConjunctOfAControlledInfinitiveSharesItsControlledSubject() {
        List<String> wants = keys("Xi Jinping wants to visit France and meet Emmanuel Macron.");
        assertTrue(wants.containsAll(List.of("Xi Jinping|visit|France", "Xi Jinping|meet|Emmanuel Macron")), wants.toString());
        // with an object that controls the infinitive, the object acts in both conjuncts
        List<String> ordered = keys("Biden ordered the Pentagon to fund Ukraine and support Israel.");
        assertTrue(ordered.containsAll(List.of("Pentagon|fund|Ukraine", "Pentagon|support|Israel")), ordered.toString());
        assertTrue(ordered.stream().noneMatch(k -> k.startsWith("Biden|support")), ordered.toString());
    }
}
