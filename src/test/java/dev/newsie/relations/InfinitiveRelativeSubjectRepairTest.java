package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An infinitive that modifies a noun has no subject without "for", through the real pipeline. */
class InfinitiveRelativeSubjectRepairTest {
    @Test
    void aListTheParserMadeTheSubjectOfAnInfinitiveHoldsNothing() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("President Santiago Peña asked the Orinoco River Commission, which "
                + "groups Argentina, Bolivia, Brazil, Paraguay and Uruguay, to hold an emergency meeting."));
        assertTrue(keys.contains("Santiago Peña|ask|Orinoco River Commission"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.matches("(Argentina|Bolivia|Brazil|Paraguay|Uruguay)\\|hold.*")), keys.toString());
    }

    @Test
    void aClauseThatBeToMakesFiniteKeepsItsSubject() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Rail Baltica, the new railway that is to connect Lithuania, Latvia "
                + "and Estonia with Poland, was delayed again."));
        assertTrue(keys.contains("Rail Baltica|connect|Lithuania"), keys.toString());
    }
}
