package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "They" in what conjoined sayers report is each of them. */
class ConjoinedSayersPronounRepairTest {
    @Test
    void theyInWhatTwoSayersReportIsBothOfThem() {
        List<String> merge = RuleFileCases.keys(TestPipeline.extract("Siemens and Alstom said they had agreed to merge."));
        assertTrue(merge.contains("Siemens|merge|Alstom"), merge.toString());
        List<String> meet = RuleFileCases.keys(TestPipeline.extract("Siemens and Alstom said on Monday that they would meet Thales next week."));
        assertTrue(meet.contains("Siemens|meet|Thales") && meet.contains("Alstom|meet|Thales"), meet.toString());
        // the addressees of a passive "told" report as much as sayers do
        List<String> told = RuleFileCases.keys(TestPipeline.extract("Siemens and Alstom were told by regulators that they could not merge."));
        assertTrue(told.contains("Siemens|merge|Alstom"), told.toString());
    }

    @Test
    void theyOfOneSayerOrOfAnotherSentenceIsLeftAlone() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Siemens and Alstom criticized the plan. Thales said they would "
                + "not merge. Siemens said it would merge with Alstom."));
        assertTrue(keys.contains("Siemens|merge with|Alstom"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("Thales|")), keys.toString());
    }

    @Test
    void theyInAnActOfNoEachOtherMayBeOthersNamedBefore() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract("Two Chinese nationals were detained in Manila last week. The "
                + "Philippines and Japan said they had passed military secrets to China. Siemens and Alstom said they would merge."));
        assertTrue(keys.contains("Siemens|merge|Alstom"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.contains("|pass ")), keys.toString());
    }
}
