package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A title on an organization's board is a title in the organization, through the real pipeline. */
class BoardTitleRepairTest {
    @Test
    void aTitleOnTheBoardOfDirectorsOfAnOrganizationIsInTheOrganization() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Helen Carrow, the chair of the board of directors of Northbridge Bank, "
                + "said a search would begin. Lena Ott, a member of the board of trustees of the Tate Foundation, met Carrow."));
        assertTrue(keys.contains("Helen Carrow|chair of|Northbridge Bank"), keys.toString());
        assertTrue(keys.contains("Lena Ott|member of|Tate Foundation"), keys.toString());
    }

    @Test
    void aBoardOfSomethingElseGivesNoTitle() {
        // "the board of inquiry into X" is no organization's board: the title stays the board's
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Helen Carrow, the chair of the board of inquiry into the "
                + "Northbridge Bank collapse, met Lena Ott."));
        assertTrue(keys.contains("Helen Carrow|meet|Lena Ott"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Helen Carrow|chair of|Northbridge")), keys.toString());
    }
}
