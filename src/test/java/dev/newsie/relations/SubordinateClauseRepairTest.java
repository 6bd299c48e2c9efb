package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "after Plenković and Spajić spoke": a subordinator read as a preposition opens a clause again, through the real pipeline. */
class SubordinateClauseRepairTest {
    private static List<String> triples(String text) {
        return RuleFileCases.keys(TestPipeline.extract(text));
    }

    @Test
    void theNounAfterTheSubordinatorIsTheSubjectOfTheVerbRightAfterIt() {
        List<String> keys = triples("Croatia lifted its objection last week after Croatian Prime Minister Andrej Plenković and "
                + "Milojko Spajić spoke by telephone.");
        assertTrue(keys.contains("Andrej Plenković|speak by phone with|Milojko Spajić"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Croatia|speak")), keys.toString());
        keys = triples("The ceasefire collapsed after Israel and Hamas accused each other of violations.");
        assertTrue(keys.containsAll(List.of("Israel|accuse|Hamas", "Hamas|accuse|Israel")), keys.toString());
    }

    @Test
    void aClauseAfterAnAdjectivesSubordinatorHasTheNounForItsSubject() {
        List<String> keys = triples("Major League Baseball has cancelled a bonus. The case is the first since the league and the "
                + "Dominican Republic's sports ministry agreed in 2024 to register all amateur players.");
        assertTrue(keys.contains("Major League Baseball|agree|Dominican Republic"), keys.toString());
    }
}
