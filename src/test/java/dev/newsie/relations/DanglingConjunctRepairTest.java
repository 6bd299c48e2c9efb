package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A second name left dangling after a long apposition joins the first's phrase, through the real pipeline. */
class DanglingConjunctRepairTest {
    @Test
    void aSecondAgentAfterAnAppositionWithARelativeClauseIsAnAgentToo() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Voltaris was founded in Eindhoven in 2017 by Marieke de Groot, an "
                + "engineer who had previously worked at Philips, and her husband, Joost Verhoeven, who is now its finance director."));
        assertTrue(keys.containsAll(List.of("Marieke de Groot|found|Voltaris", "Joost Verhoeven|found|Voltaris")), keys.toString());
        // the second person joins the founder, not the workplace's clause
        assertFalse(keys.contains("Joost Verhoeven|work at|Philips"), keys.toString());
    }

    @Test
    void secondTitledSignatoryAfterAnAppositionSignsWithTheFirst() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("The agreement was signed by the Philippine Secretary of Migrant "
                + "Workers, Ramon Villareal, and the British Minister of State for Health, Karen Whitlow, who is on a three-day visit."));
        assertTrue(keys.contains("Ramon Villareal|sign agreement with|Karen Whitlow"), keys.toString());
        assertTrue(keys.contains("Karen Whitlow|minister of state of|United Kingdom"), keys.toString());
    }
}
