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

    @Test
    void thePartnerOfAVerbWithAnInfinitiveIsTheVerbsPartner() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Joe Biden said he had spoken with Benjamin Netanyahu to reaffirm "
                + "America's commitment to Israel's security."));
        assertTrue(keys.contains("Joe Biden|speak with|Benjamin Netanyahu"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.startsWith("Benjamin Netanyahu|")), keys.toString());
        // pleading with someone to do it: they are to do it
        List<String> pleaded = RuleFileCases.keys(TestPipeline.extract("Joe Biden pleaded with Benjamin Netanyahu to meet Mahmoud Abbas."));
        assertTrue(pleaded.contains("Benjamin Netanyahu|meet|Mahmoud Abbas"), pleaded.toString());
        assertTrue(pleaded.stream().noneMatch(k -> k.equals("Joe Biden|meet|Mahmoud Abbas")), pleaded.toString());
    }

    @Test
    void whatIsDiscussedIsATopicNotAParty() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Antony Blinken met with Wang Yi to discuss Taiwan."));
        assertTrue(keys.contains("Antony Blinken|meet with|Wang Yi"), keys.toString());
        assertTrue(keys.stream().noneMatch(k -> k.endsWith("|Taiwan")), keys.toString());
    }
}
