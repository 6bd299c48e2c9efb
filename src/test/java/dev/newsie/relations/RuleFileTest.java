package dev.newsie.relations;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule file's syntax: what it accepts and what it refuses with the line named. */
class RuleFileTest {
    private static final String PATTERN = "  pattern {tag:/VB.*/}=pred >nsubj {}=subj >obj {}=obj";

    @Test
    void aRuleHasOnePatternAndOnePredicate() {
        List<RelationRule> rules = RuleFile.parse(List.of("rule one", PATTERN, "  predicate {pred}", "rule two", PATTERN,
                "  predicate {pred} with"), file -> List.of());
        assertEquals(2, rules.size());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> RuleFile.parse(
                List.of("rule twice", PATTERN, PATTERN, "  predicate {pred}"), file -> List.of()));
        assertTrue(twice.getMessage().contains("line 3") && twice.getMessage().contains("second 'pattern'"), twice.getMessage());
    }

    @Test
    void aSecondRuleOfTheSameNameIsRefused() {
        List<String> one = List.of("rule meet", PATTERN, "  predicate {pred}");
        assertEquals(1, RuleFile.parse(one, file -> List.of()).size());
        List<String> two = new java.util.ArrayList<>(one);
        two.addAll(one);
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class, () -> RuleFile.parse(two, file -> List.of()));
        assertTrue(again.getMessage().contains("line 4") && again.getMessage().contains("second rule named 'meet'"), again.getMessage());
    }

    @Test
    void aRuleIsQualifiedByOneOfItsNodes() {
        List<RelationRule> rules = RuleFile.parse(List.of("rule one", PATTERN, "  predicate {pred}", "  qualified subj"), file -> List.of());
        assertEquals("subj", rules.get(0).qualified());
        IllegalArgumentException stray = assertThrows(IllegalArgumentException.class, () -> RuleFile.parse(
                List.of("rule stray", PATTERN, "  predicate {pred}", "  qualified clause"), file -> List.of()));
        assertTrue(stray.getMessage().contains("'qualified clause' names no node"), stray.getMessage());
    }
}
