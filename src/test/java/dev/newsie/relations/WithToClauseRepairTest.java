package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The repair for "a deal with X to do", which the parser reads as a clause with subject X, through the real pipeline. */
class WithToClauseRepairTest {
    @Test
    void thePartnerOfADealWithAnInfinitiveIsTheNounsPartner() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Airbus signed a deal with Saudi Arabia to supply 10 aircraft."));
        assertTrue(keys.contains("Airbus|sign deal with|Saudi Arabia"), keys.toString());
        // the partner is no subject of the infinitive
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Saudi Arabia|supply")), keys.toString());
    }
}
